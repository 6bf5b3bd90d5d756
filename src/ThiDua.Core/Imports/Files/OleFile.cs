namespace ThiDua.Core.Imports.Files;

/// <summary>
/// OLE compound files (D0 CF 11 E0…): old .xls workbooks, and also any password-protected Office file, which Excel
/// saves as a compound file holding an "EncryptionInfo" stream (its name is stored in UTF-16LE).
/// </summary>
internal static class OleFile
{
    private static readonly byte[] EncryptionInfo = "EncryptionInfo"u8.ToArray().SelectMany(b => new[] { b, (byte)0 }).ToArray();

    public static bool IsEncrypted(Stream stream)
    {
        stream.Position = 0;
        var buffer = new byte[64 * 1024];
        var carried = 0;
        int read;
        while ((read = stream.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            var filled = carried + read;
            if (buffer.AsSpan(0, filled).IndexOf(EncryptionInfo) >= 0)
            {
                stream.Position = 0;
                return true;
            }

            // Keep the tail: the name may straddle two reads.
            carried = Math.Min(EncryptionInfo.Length - 1, filled);
            buffer.AsSpan(filled - carried, carried).CopyTo(buffer);
        }

        stream.Position = 0;
        return false;
    }
}
