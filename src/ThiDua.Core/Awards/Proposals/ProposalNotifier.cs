using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ThiDua.Core.Data;
using ThiDua.Core.Identity;

namespace ThiDua.Core.Awards.Proposals;

/// <summary>SMTP settings (section <c>Smtp</c>); without <see cref="Host"/> no e-mail is sent, the in-app notification stays.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string From { get; set; } = "thidua@localhost";

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

/// <summary>An e-mail to send once the step is saved.</summary>
public sealed record QueuedMail(string To, string Subject, string Body);

/// <summary>
/// Tells the next actor: the officers and leaders whose role is granted on the unit concerned (the deciding unit when a
/// proposal is submitted; the proposing unit for every answer: received, under review, approved, returned, rejected, decided) get an in-app notification, written in the step's own
/// save, and an e-mail after the save when SMTP is configured and the account has an address. A failing mail server
/// never undoes the step (it is logged).
/// </summary>
public sealed class ProposalNotifier(AppDbContext db, SmtpOptions smtp, ProposalMailer mailer)
{
    private static readonly Role[] Recipients = [Role.EmulationOfficer, Role.UnitLeader];

    public async Task<IReadOnlyList<QueuedMail>> QueueAsync(Proposal proposal, ProposalAction action, string? reason, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        // Submission goes to the deciding unit (it must act); every answer goes back to the proposing unit.
        var unitId = action == ProposalAction.Submit ? proposal.DecidingUnitId : proposal.ProposingUnitId;
        var users = await db.RoleGrants.AsNoTracking()
            .Where(g => g.UnitId == unitId && Recipients.Contains(g.Role))
            .Join(db.Users.Where(u => !u.IsDisabled), g => g.UserId, u => u.Id, (g, u) => new { u.Id, u.Email })
            .Distinct().ToListAsync(ct);
        var text = Text(proposal, action, reason);
        var link = $"/Awards/Proposals/Details/{proposal.Id}";
        var mails = new List<QueuedMail>();
        foreach (var user in users)
        {
            db.Notifications.Add(new Notification(user.Id, unitId, text, link, now));
            if (!string.IsNullOrWhiteSpace(smtp.Host) && !string.IsNullOrWhiteSpace(user.Email))
            {
                mails.Add(new QueuedMail(user.Email, $"[ThiDua] {ProposalTexts.Action(action)}: {ProposalTexts.AwardName(proposal.Code)} – {proposal.SubjectName}", text + "\n\n" + link));
            }
        }

        return mails;
    }

    /// <summary>Sends the e-mails queued by <see cref="QueueAsync"/> once the step is saved (<see cref="ProposalMailer"/>).</summary>
    public Task SendAsync(IReadOnlyList<QueuedMail> mails, CancellationToken ct) => mailer.SendAsync(mails, ct);

    private static string Text(Proposal p, ProposalAction action, string? reason)
    {
        var what = $"{ProposalTexts.AwardName(p.Code)} năm {p.Year} – {p.SubjectName}";
        return action switch
        {
            ProposalAction.Submit => $"{p.ProposingUnit.Name} trình đề nghị {what}: cần tiếp nhận hồ sơ.",
            ProposalAction.Receive => $"{p.DecidingUnit.Name} đã tiếp nhận hồ sơ đề nghị {what}.",
            ProposalAction.StartReview => $"{p.DecidingUnit.Name} đang thẩm định hồ sơ đề nghị {what}.",
            ProposalAction.Approve => $"{p.DecidingUnit.Name} đã phê duyệt đề nghị {what}.",
            ProposalAction.Return => $"{p.DecidingUnit.Name} trả lại đề nghị {what} để bổ sung: {reason?.Trim()}",
            ProposalAction.Reject => $"{p.DecidingUnit.Name} từ chối đề nghị {what}: {reason?.Trim()}",
            _ => $"Đề nghị {what} đã có quyết định khen thưởng {p.DecisionRef}.",
        };
    }
}

/// <summary>Sends e-mails through SMTP (System.Net.Mail) when <see cref="SmtpOptions.Host"/> is set; failures are logged, never thrown.</summary>
public sealed class ProposalMailer(SmtpOptions smtp, ILogger<ProposalMailer> logger)
{
    public async Task SendAsync(IReadOnlyList<QueuedMail> mails, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mails);
        if (mails.Count == 0 || string.IsNullOrWhiteSpace(smtp.Host))
        {
            return;
        }

        try
        {
            using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl };
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                client.Credentials = new System.Net.NetworkCredential(smtp.UserName, smtp.Password);
            }

            foreach (var mail in mails)
            {
                using var message = new MailMessage(smtp.From, mail.To, mail.Subject, mail.Body)
                {
                    SubjectEncoding = System.Text.Encoding.UTF8,
                    BodyEncoding = System.Text.Encoding.UTF8,
                };
                await client.SendMailAsync(message, ct);
            }
        }
        catch (Exception e) when (e is SmtpException or InvalidOperationException or System.Net.Sockets.SocketException or IOException)
        {
            logger.LogWarning(e, "Could not send {Count} proposal e-mail(s) through {Host}", mails.Count, smtp.Host);
        }
    }

}
