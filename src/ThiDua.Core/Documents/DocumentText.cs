using System.Globalization;

namespace ThiDua.Core.Documents;

/// <summary>Vietnamese dates and amounts as written in official documents (documents.md §8–9).</summary>
public static class DocumentText
{
    public static CultureInfo Culture => VietnameseFormat.Culture;

    /// <summary>
    /// "ngày 05 tháng 02 năm 2024", "ngày 27 tháng 11 năm 2026": days 1–9 and months 1–2 only take a leading zero
    /// [A-I II.4.b]; "tháng 08" is the common mistake.
    /// </summary>
    public static string Date(DateOnly date) =>
        string.Create(Culture, $"ngày {date.Day:00} tháng {(date.Month <= 2 ? date.Month.ToString("00", Culture) : date.Month.ToString(Culture))} năm {date.Year}");

    /// <summary>"Lạng Sơn, ngày 27 tháng 11 năm 2026": the place, a comma, the date [A-I II.4].</summary>
    public static string PlaceAndDate(string place, DateOnly date) => $"{place.Trim()}, {Date(date)}";

    /// <summary>"1.800.000": dots between thousands.</summary>
    public static string Amount(long dong) => VietnameseFormat.Number(dong);

    /// <summary>"1.800.000 đồng".</summary>
    public static string Money(long dong) => Amount(dong) + " đồng";

    /// <summary>A renderer's output in memory, for tests, the benchmark and HTTP responses.</summary>
    internal static byte[] ToBytes(OfficialDocument document, Action<OfficialDocument, Stream> render)
    {
        using var stream = new MemoryStream();
        render(document, stream);
        return stream.ToArray();
    }
}
