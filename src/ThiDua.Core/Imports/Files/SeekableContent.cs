namespace ThiDua.Core.Imports.Files;

/// <summary>
/// The upload as a seekable stream starting at 0 (the zip reader and the second pass over a CSV need one), with its
/// size checked against <see cref="ImportLimits.MaxFileBytes"/>. Streams that cannot seek are copied, up to the limit.
/// </summary>
internal sealed class SeekableContent : IDisposable
{
    private readonly bool _owned;
    private bool _disposed;

    private SeekableContent(Stream stream, bool owned)
    {
        Stream = stream;
        _owned = owned;
    }

    public Stream Stream { get; }

    public long Length => Stream.Length;

    /// <summary>The content, or a problem: empty, or larger than the limit.</summary>
    public static (SeekableContent? Content, FileProblem? Problem) Create(Stream content, string name, long maxBytes)
    {
        if (content.CanSeek)
        {
            var remaining = content.Length - content.Position;
            if (remaining <= 0)
            {
                return (null, FileMessages.Empty(name));
            }

            if (remaining > maxBytes)
            {
                return (null, FileMessages.TooLarge(name, remaining, maxBytes));
            }

            if (content.Position == 0)
            {
                return (new SeekableContent(content, owned: false), null);
            }
        }

        return Copy(content, name, maxBytes);
    }

    public void Dispose()
    {
        if (_owned && !_disposed)
        {
            Stream.Dispose();
        }

        _disposed = true;
    }

    /// <summary>The first bytes, for sniffing; leaves the stream at 0.</summary>
    public byte[] Head(int count)
    {
        Stream.Position = 0;
        var head = new byte[(int)Math.Min(count, Length)];
        Stream.ReadExactly(head);
        Stream.Position = 0;
        return head;
    }

    private static (SeekableContent? Content, FileProblem? Problem) Copy(Stream content, string name, long maxBytes)
    {
        var copy = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = content.Read(buffer)) > 0)
        {
            if (copy.Length + read > maxBytes)
            {
                copy.Dispose();
                return (null, FileMessages.TooLarge(name, maxBytes));
            }

            copy.Write(buffer, 0, read);
        }

        if (copy.Length == 0)
        {
            copy.Dispose();
            return (null, FileMessages.Empty(name));
        }

        copy.Position = 0;
        return (new SeekableContent(copy, owned: true), null);
    }
}
