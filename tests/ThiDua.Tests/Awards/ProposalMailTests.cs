using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using ThiDua.Core.Awards.Proposals;

namespace ThiDua.Tests.Awards;

/// <summary>E-mail to the next actor goes through SMTP when configured: a loopback SMTP listener receives it; a dead server is logged, not thrown.</summary>
public sealed class ProposalMailTests
{
    [Fact]
    public async Task TheMail_ReachesTheSmtpServer_InUtf8()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var server = ServeOneAsync(listener);
        var mailer = new ProposalMailer(new SmtpOptions { Host = "127.0.0.1", Port = port, From = "thidua@thads.gov.vn" }, NullLogger<ProposalMailer>.Instance);
        await mailer.SendAsync([new QueuedMail("canbo.cuc@thads.gov.vn", "[ThiDua] Trình cấp trên: Lao động tiên tiến – Hoàng Tiến Bình", "Thi hành án dân sự tỉnh Lạng Sơn trình đề nghị: cần tiếp nhận hồ sơ.")], CancellationToken.None);
        var (envelope, data) = await server.WaitAsync(TimeSpan.FromSeconds(20));
        listener.Stop();
        Assert.Contains("RCPT TO:<canbo.cuc@thads.gov.vn>", envelope, StringComparison.Ordinal);
        Assert.Contains("MAIL FROM:<thidua@thads.gov.vn>", envelope, StringComparison.Ordinal);
        Assert.Contains("Subject: =?utf-8?", data, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ADeadServer_DoesNotThrow_AndNoHostSendsNothing()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var mailer = new ProposalMailer(new SmtpOptions { Host = "127.0.0.1", Port = port }, NullLogger<ProposalMailer>.Instance);
        await mailer.SendAsync([new QueuedMail("a@b.vn", "x", "y")], CancellationToken.None);
        await new ProposalMailer(new SmtpOptions(), NullLogger<ProposalMailer>.Instance).SendAsync([new QueuedMail("a@b.vn", "x", "y")], CancellationToken.None);
    }

    /// <summary>A minimal SMTP server for one message: the envelope commands and the DATA as received.</summary>
    private static async Task<(string Envelope, string Data)> ServeOneAsync(TcpListener listener)
    {
        using var client = await listener.AcceptTcpClientAsync();
        using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        var envelope = new StringBuilder();
        var data = new StringBuilder();
        await writer.WriteLineAsync("220 localhost ESMTP test");
        while (await reader.ReadLineAsync() is { } line)
        {
            envelope.AppendLine(line);
            if (line.StartsWith("EHLO", StringComparison.OrdinalIgnoreCase) || line.StartsWith("HELO", StringComparison.OrdinalIgnoreCase))
            {
                await writer.WriteLineAsync("250 localhost");
            }
            else if (line.StartsWith("DATA", StringComparison.OrdinalIgnoreCase))
            {
                await writer.WriteLineAsync("354 end with .");
                while (await reader.ReadLineAsync() is { } body && body != ".")
                {
                    data.AppendLine(body);
                }

                await writer.WriteLineAsync("250 queued");
            }
            else if (line.StartsWith("QUIT", StringComparison.OrdinalIgnoreCase))
            {
                await writer.WriteLineAsync("221 bye");
                break;
            }
            else
            {
                await writer.WriteLineAsync("250 ok");
            }
        }

        return (envelope.ToString(), data.ToString());
    }
}
