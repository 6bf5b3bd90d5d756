namespace ThiDua.Core.Imports.Files;

/// <summary>
/// Bounds applied to every uploaded file, so that a hostile or oversized upload is refused before it costs memory or time.
/// </summary>
/// <param name="MaxFileBytes">Largest accepted upload, as sent.</param>
/// <param name="MaxUnpackedBytes">Largest total of the .xlsx parts actually read once decompressed (zip-bomb guard).</param>
/// <param name="MaxRows">Most data rows (header excluded) one file may hold.</param>
/// <param name="MaxCompressionRatio">Highest uncompressed/compressed ratio accepted for a part larger than 1 MiB.</param>
public sealed record ImportLimits(
    long MaxFileBytes = 20 * 1024 * 1024,
    long MaxUnpackedBytes = 200 * 1024 * 1024,
    int MaxRows = 50_000,
    double MaxCompressionRatio = 200)
{
    /// <summary>The limits used for officers' uploads.</summary>
    public static ImportLimits Default { get; } = new();
}
