using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CareerBot.BotFramework.Tests.Connector;

/// <summary>A self-signed certificate for 127.0.0.1, made once per test run: MSAL only talks to https authorities, so
/// the fake token endpoint serves https and the test trusts exactly this certificate.</summary>
public static class LoopbackCertificate
{
    private static readonly Lazy<X509Certificate2> Certificate = new(Create);

    /// <summary>The certificate (with its private key).</summary>
    public static X509Certificate2 Instance => Certificate.Value;

    /// <summary>A handler that accepts this certificate and no other untrusted one.</summary>
    public static HttpMessageHandler TrustingHandler() => new SocketsHttpHandler
    {
        SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, errors) =>
            errors == System.Net.Security.SslPolicyErrors.None || presented?.GetCertHashString() == Instance.GetCertHashString() },
    };

    private static X509Certificate2 Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), password: null);
    }
}
