using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Vertebra.Tests.Shared;
using Vertebra.Web.Hosting;

namespace Vertebra.Web.Tests;

/// <summary>Nodes on one PostgreSQL database share the Data Protection keys through the database, with no shared folder.</summary>
public sealed class KeySharingTests
{
    [PrivatePostgresFact]
    public async Task AntiForgeryTokenFromNodeA_IsAcceptedByNodeB_OnTheSameDatabase_AndRefusedByANodeWithOtherKeys()
    {
        await using var postgres = await PrivatePostgres.StartAsync();
        var folders = Enumerable.Range(0, 3).Select(i => Path.Combine(Path.GetTempPath(), $"vertebra-keys-{i}-" + Guid.NewGuid().ToString("N"))).ToArray();
        try
        {
            var certificate = Path.Combine(folders[0] + "-cert", "keys.pfx");
            WriteCertificate(certificate);
            await using var nodeA = await StartAsync(folders[0], postgres.ConnectionString, certificate);
            await using var nodeB = await StartAsync(folders[1], postgres.ConnectionString, certificate);
            await using var elsewhere = await StartAsync(folders[2], null, null);

            using var clientA = nodeA.GetTestClient();
            using var login = await clientA.GetAsync("/editor/login");
            var token = new HtmlParser().ParseDocument(await login.Content.ReadAsStringAsync())
                .QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
            var cookies = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(v => v.Split(';')[0]));

            // Node B reads the form token, then refuses the made-up user (401); a token it cannot read would be 400.
            Assert.Equal(HttpStatusCode.Unauthorized, await PostLoginAsync(nodeB, token, cookies));
            Assert.Equal(HttpStatusCode.BadRequest, await PostLoginAsync(elsewhere, token, cookies));

            Assert.All(folders[..2], folder => Assert.Empty(Directory.GetFiles(Path.Combine(folder, "keys"))));
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(folders[2], "keys")));

            // At rest the keys are encrypted with the certificate: no key material in the clear.
            await using var connection = new Npgsql.NpgsqlConnection(postgres.ConnectionString);
            await connection.OpenAsync();
            await using var read = new Npgsql.NpgsqlCommand("SELECT xml FROM data_protection_keys", connection);
            await using var rows = await read.ExecuteReaderAsync();
            var stored = new List<string>();
            while (await rows.ReadAsync())
            {
                stored.Add(rows.GetString(0));
            }

            Assert.NotEmpty(stored);
            Assert.All(stored, xml =>
            {
                Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var folder in folders.Append(folders[0] + "-cert").Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void StartUpLine_SaysWhereKeysAreAndHowToProtectThem()
    {
        var sqlite = new VertebraWebOptions { DataDirectory = "/srv/vertebra", ContentDirectory = "content" };
        Assert.Equal("Sign-in keys: in /srv/vertebra/keys (only this account can read it). Not encrypted: set VERTEBRA_KEYS_CERTIFICATE to a .pfx file to encrypt them.",
            VertebraWebHost.DescribeKeys(sqlite));
        var postgres = sqlite with { Database = "Host=db;Database=vertebra", KeysCertificatePath = "/etc/vertebra/keys.pfx" };
        Assert.Equal("Sign-in keys: in the database (table data_protection_keys), shared by every node. Encrypted with the certificate in /etc/vertebra/keys.pfx.",
            VertebraWebHost.DescribeKeys(postgres));
    }

    [Fact]
    public void KeysCertificate_ThatCannotBeRead_IsNamedBeforeStart()
    {
        var missing = new VertebraWebOptions { DataDirectory = "/tmp", ContentDirectory = "content", KeysCertificatePath = "/nonexistent/keys.pfx" };
        Assert.Contains("VERTEBRA_KEYS_CERTIFICATE", VertebraWebHost.KeysCertificateProblem(missing), StringComparison.Ordinal);
        Assert.Null(VertebraWebHost.KeysCertificateProblem(missing with { KeysCertificatePath = null }));
    }

    private static async Task<HttpStatusCode> PostLoginAsync(WebApplication node, string token, string cookies)
    {
        using var client = node.GetTestClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/editor/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["userName"] = "nobody", ["password"] = "not-a-password", ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Cookie", cookies);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static Task<WebApplication> StartAsync(string data, string? database, string? certificate) =>
        SiteFixture.StartAsync(new VertebraWebOptions
        {
            DataDirectory = data, ContentDirectory = RepositoryPaths.Content, Database = database, KeysCertificatePath = certificate, KeysCertificatePassword = "test",
        });

    /// <summary>A self-signed RSA certificate with its private key, as a .pfx file (password "test").</summary>
    private static void WriteCertificate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
            "CN=Vertebra keys test", rsa, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        var now = TimeProvider.System.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        File.WriteAllBytes(path, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "test"));
    }
}
