using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace ThiDua.Core.Identity;

/// <summary>Identity's validation messages in Vietnamese, for the officers who read them.</summary>
public sealed class VietnameseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new()
    {
        Code = nameof(PasswordTooShort),
        Description = string.Format(CultureInfo.InvariantCulture, "Mật khẩu phải có ít nhất {0} ký tự (nên dùng một cụm từ dễ nhớ).", length),
    };

    public override IdentityError DuplicateUserName(string userName) => new()
    {
        Code = nameof(DuplicateUserName),
        Description = $"Tên đăng nhập '{userName}' đã được dùng.",
    };

    public override IdentityError DuplicateEmail(string email) => new()
    {
        Code = nameof(DuplicateEmail),
        Description = $"Thư điện tử '{email}' đã được dùng cho tài khoản khác.",
    };

    public override IdentityError InvalidUserName(string? userName) => new()
    {
        Code = nameof(InvalidUserName),
        Description = $"Tên đăng nhập '{userName}' không hợp lệ: chỉ dùng chữ không dấu, số và các ký tự . _ - @.",
    };

    public override IdentityError InvalidEmail(string? email) => new()
    {
        Code = nameof(InvalidEmail),
        Description = $"Thư điện tử '{email}' không hợp lệ.",
    };

    public override IdentityError PasswordMismatch() => new()
    {
        Code = nameof(PasswordMismatch),
        Description = "Mật khẩu hiện tại không đúng.",
    };

    public override IdentityError InvalidToken() => new()
    {
        Code = nameof(InvalidToken),
        Description = "Mã xác thực không hợp lệ hoặc đã hết hạn.",
    };

    public override IdentityError DefaultError() => new()
    {
        Code = nameof(DefaultError),
        Description = "Đã có lỗi xảy ra, vui lòng thử lại.",
    };

    public override IdentityError ConcurrencyFailure() => new()
    {
        Code = nameof(ConcurrencyFailure),
        Description = "Tài khoản vừa được người khác sửa; hãy tải lại trang và thử lại.",
    };

    public override IdentityError UserLockoutNotEnabled() => new()
    {
        Code = nameof(UserLockoutNotEnabled),
        Description = "Tài khoản này không bật tính năng khóa khi đăng nhập sai.",
    };
}
