namespace ThiDua.Core.Imports.Files;

/// <summary>Thrown when more bytes were unpacked than <see cref="ImportLimits.MaxUnpackedBytes"/> allows.</summary>
internal sealed class UnpackedLimitExceededException : IOException
{
    public UnpackedLimitExceededException()
        : base("Unpacked data exceeds the import limit.")
    {
    }

    public UnpackedLimitExceededException(string message)
        : base(message)
    {
    }

    public UnpackedLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>How many unpacked bytes one reading pass may still consume, shared by the parts it opens.</summary>
internal sealed class UnpackBudget(long limit)
{
    public long Used { get; private set; }

    public long Remaining => limit - Used;

    public void Consume(int count)
    {
        Used += count;
        if (Used > limit)
        {
            throw new UnpackedLimitExceededException();
        }
    }
}

/// <summary>
/// A read-only wrapper that counts what it hands out and stops at the budget: sizes declared in a zip can lie, the count
/// cannot.
/// </summary>
internal sealed class LimitedReadStream(Stream inner, UnpackBudget budget) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        budget.Consume(read);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
