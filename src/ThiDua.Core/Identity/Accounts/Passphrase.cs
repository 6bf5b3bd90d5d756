using System.Security.Cryptography;

namespace ThiDua.Core.Identity.Accounts;

/// <summary>Random passphrases for resets: four words and a number, easy to dictate, about 50 bits of entropy.</summary>
public static class Passphrase
{
    private static readonly string[] Words =
    [
        "maybay", "dongho", "caytre", "bienxanh", "nuicao", "songhong", "hoasen", "conmeo", "condao", "bautroi",
        "mattroi", "ngoisao", "banhchung", "aodai", "nonla", "tralai", "caphe", "lua", "gao", "hoa", "cau", "thuyen",
        "duongpho", "langque", "dongxuan", "muathu", "muaxuan", "muadong", "muaha", "mayxanh", "cayla", "dongsong",
        "bienca", "dualeo", "chuoi", "xoai", "buoi", "camxanh", "mangcut", "chomchom", "nhan", "vai", "hoamai",
        "hoadao", "hoacuc", "hoahong", "trongdong", "chuatrang", "voiden", "ngua", "trau", "ga", "vit", "ca",
        "tom", "cua", "oc", "sen", "sung", "trang",
    ];

    public static string Generate()
    {
        var parts = Enumerable.Range(0, 4).Select(_ => Words[RandomNumberGenerator.GetInt32(Words.Length)]);
        return string.Join('-', parts) + "-" + RandomNumberGenerator.GetInt32(10, 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
