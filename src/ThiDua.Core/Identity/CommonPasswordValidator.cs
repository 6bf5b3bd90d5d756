using System.IO.Compression;
using Microsoft.AspNetCore.Identity;

namespace ThiDua.Core.Identity;

/// <summary>
/// ASVS 6.2.4 / NIST 800-63B: refuse passwords found in a list of commonly used passwords. The list shipped
/// with the app holds the 12-character-and-longer entries of the SecLists top-million list (CC BY-SA 3.0),
/// plus common Vietnamese choices; shorter ones are refused by the length rule anyway.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool IsCommon(string password) => List.Value.Contains(password.Trim().ToLowerInvariant());

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (IsCommon(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordCommon",
                Description = "Mật khẩu này nằm trong danh sách mật khẩu phổ biến, dễ bị đoán. Hãy chọn một cụm từ khác.",
            }));
        }

        if (password.Length > MaxLength)
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = $"Mật khẩu dài tối đa {MaxLength} ký tự.",
            }));
        }

        var name = user.UserName ?? string.Empty;
        if (name.Length > 0 && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordContainsUserName",
                Description = "Mật khẩu không được chứa tên đăng nhập.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    public const int MaxLength = 128;

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("ThiDua.CommonPasswords")
            ?? throw new InvalidOperationException("The common-password list is missing from the assembly.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set;
    }
}
