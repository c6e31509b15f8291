using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Vertebra.Storage.Postgres;

namespace Vertebra.Web.Hosting;

/// <summary>
/// Where the Data Protection keys (sign-in cookies, form tokens) live: in the database on PostgreSQL, so every node
/// shares them without a shared folder; in the data folder's <c>keys</c> folder on SQLite. Encrypted at rest with a
/// certificate when <see cref="VertebraWebOptions.KeysCertificatePath"/> is set.
/// </summary>
internal static class KeyStorage
{
    public static readonly string CertificateVariable = Vertebra.Settings.VertebraOptions.Variable(nameof(Vertebra.Settings.VertebraOptions.KeysCertificate));

    public static void AddVertebraDataProtection(this IServiceCollection services, VertebraWebOptions options, Vertebra.Storage.IContentStore store)
    {
        var builder = services.AddDataProtection().SetApplicationName("Vertebra");
        if (store is PostgresContentStore postgres)
        {
            services.Configure<KeyManagementOptions>(keys => keys.XmlRepository = new DatabaseXmlRepository(new PostgresKeyStore(postgres, TimeProvider.System)));
        }
        else
        {
            builder.PersistKeysToFileSystem(new DirectoryInfo(KeysFolder(options)));
        }

        if (options.KeysCertificatePath is not null)
        {
            builder.ProtectKeysWithCertificate(LoadCertificate(options, out var problem) ?? throw new ArgumentException(problem));
        }
    }

    /// <summary>Why the configured certificate cannot protect the keys, or null when it can (or none is configured).</summary>
    public static string? CertificateProblem(VertebraWebOptions options)
    {
        if (options.KeysCertificatePath is null)
        {
            return null;
        }

        using var certificate = LoadCertificate(options, out var problem);
        return problem;
    }

    /// <summary>One plain line: where the keys are and whether they are protected.</summary>
    public static string Describe(VertebraWebOptions options, bool postgres)
    {
        var where = postgres
            ? "Sign-in keys: in the database (table data_protection_keys), shared by every node."
            : $"Sign-in keys: in {KeysFolder(options)} (only this account can read it).";
        var protection = options.KeysCertificatePath is { } path
            ? $" Encrypted with the certificate in {path}."
            : $" Not encrypted: set {CertificateVariable} to a .pfx file to encrypt them.";
        return where + protection;
    }

    private static string KeysFolder(VertebraWebOptions options) => Path.Combine(options.DataDirectory, "keys");

    private static X509Certificate2? LoadCertificate(VertebraWebOptions options, out string? problem)
    {
        var path = options.KeysCertificatePath!;
        problem = null;
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.KeysCertificatePassword);
            if (certificate.HasPrivateKey)
            {
                return certificate;
            }

            certificate.Dispose();
            problem = $"The certificate in {path} ({CertificateVariable}) has no private key, so it could not decrypt the keys it encrypts.";
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
        {
            problem = $"The certificate {path} ({CertificateVariable}) could not be read: {ex.Message.TrimEnd('.')}. Give a .pfx file and its password ({Vertebra.Settings.VertebraOptions.Variable(nameof(Vertebra.Settings.VertebraOptions.KeysCertificatePassword))}).";
        }

        return null;
    }

    /// <summary>The framework's key repository over <see cref="PostgresKeyStore"/>.</summary>
    private sealed class DatabaseXmlRepository(PostgresKeyStore keys) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements() => keys.ListXml().Select(x => XElement.Parse(x)).ToArray();

        public void StoreElement(XElement element, string friendlyName) =>
            keys.Store(friendlyName, element.ToString(SaveOptions.DisableFormatting));
    }
}
