using ThiDua.Core.Registrations;
using ThiDua.Core.Shared;

namespace ThiDua.Tests.Registrations;

/// <summary>The registration workflow's transition table: exactly the allowed steps, none skipped, a reason to return.</summary>
public sealed class RegistrationWorkflowTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 3, 0, 0, DateTimeKind.Utc);

    public static TheoryData<RegistrationStatus, RegistrationAction, RegistrationStatus?> Steps()
    {
        var data = new TheoryData<RegistrationStatus, RegistrationAction, RegistrationStatus?>();
        foreach (var from in Enum.GetValues<RegistrationStatus>())
        {
            foreach (var action in Enum.GetValues<RegistrationAction>())
            {
                RegistrationStatus? to = (from, action) switch
                {
                    (RegistrationStatus.Draft, RegistrationAction.Submit) => RegistrationStatus.Submitted,
                    (RegistrationStatus.Returned, RegistrationAction.Submit) => RegistrationStatus.Submitted,
                    (RegistrationStatus.Submitted, RegistrationAction.Approve) => RegistrationStatus.Approved,
                    (RegistrationStatus.Submitted, RegistrationAction.Return) => RegistrationStatus.Returned,
                    _ => null,
                };
                data.Add(from, action, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void EveryStep_IsAllowedOnlyWhenTheTableSaysSo(RegistrationStatus from, RegistrationAction action, RegistrationStatus? to)
    {
        var registration = At(from);
        Assert.Equal(to is not null, RegistrationWorkflow.Allows(from, action));
        if (to is { } expected)
        {
            registration.Apply(action, "canbo.langson", Now, "Đề nghị bổ sung thành tích");
            Assert.Equal(expected, registration.Status);
        }
        else
        {
            Assert.Throws<InvalidOperationException>(() => registration.Apply(action, "canbo.langson", Now, "Đề nghị bổ sung thành tích"));
            Assert.Equal(from, registration.Status);
        }
    }

    [Fact]
    public void AReturn_NeedsAReason_AndAResubmissionClearsIt()
    {
        var registration = At(RegistrationStatus.Submitted);
        Assert.Throws<InvalidOperationException>(() => registration.Apply(RegistrationAction.Return, "canbo.langson", Now, "  "));
        registration.Apply(RegistrationAction.Return, "canbo.langson", Now, " Thiếu báo cáo ");
        Assert.Equal("Thiếu báo cáo", registration.ReturnReason);
        Assert.True(registration.CanChange);
        registration.ChangeTitle(AwardCode.Cstdcs);
        registration.Apply(RegistrationAction.Submit, "canbo.langson", Now);
        Assert.Null(registration.ReturnReason);
        Assert.False(registration.CanChange);
        Assert.Throws<InvalidOperationException>(() => registration.ChangeTitle(AwardCode.Ldtt));
    }

    [Fact]
    public void ARegistration_IsOfOnePersonOrOneCollective()
    {
        Assert.Throws<ArgumentException>(() => new Registration(2027, 5, 10, 5, AwardCode.Ldtt, "x", false, null, Now));
        Assert.Throws<ArgumentException>(() => new Registration(2027, 5, null, null, AwardCode.Ldtt, "x", false, null, Now));
    }

    private static Registration At(RegistrationStatus status)
    {
        var registration = new Registration(2027, 5, 10, null, AwardCode.Ldtt, "tự đăng ký", false, null, Now);
        var path = status switch
        {
            RegistrationStatus.Submitted => [RegistrationAction.Submit],
            RegistrationStatus.Approved => [RegistrationAction.Submit, RegistrationAction.Approve],
            RegistrationStatus.Returned => new[] { RegistrationAction.Submit, RegistrationAction.Return },
            _ => Array.Empty<RegistrationAction>(),
        };
        foreach (var step in path)
        {
            registration.Apply(step, "canbo.langson", Now, "Lý do trả lại");
        }

        Assert.Equal(status, registration.Status);
        return registration;
    }
}
