using System.IO.Compression;
using System.Net;
using CareerBot.Tests.DirectLine;

namespace CareerBot.Tests.WebChat;

/// <summary><c>/webchat/webchat.js</c>: the Brotli or gzip copy made at build time when the browser accepts it, the plain
/// bundle otherwise; each copy is the bundle itself, compressed.</summary>
public sealed class WebChatBundleTests : IClassFixture<DirectLineFactory>
{
    private static readonly byte[] Bundle = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "webchat", "webchat.js"));

    private readonly DirectLineFactory factory;

    public WebChatBundleTests(DirectLineFactory factory)
    {
        this.factory = factory;
    }

    [Theory]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    [InlineData("gzip;q=0.5, br;q=0.5", "br")]
    [InlineData("*", "br")]
    [InlineData("*;q=0.2, gzip;q=0.8", "gzip")]
    [InlineData("br;q=0, gzip;q=0", null)]
    [InlineData("identity", null)]
    [InlineData("deflate", null)]
    [InlineData("", null)]
    [InlineData(",;q=;;", null)]
    public async Task The_browser_gets_the_smallest_copy_it_accepts(string acceptEncoding, string? expected)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/webchat/webchat.js");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Bundle, Decompress(body, expected));
        if (expected is not null)
        {
            Assert.True(body.Length < Bundle.Length / 3, $"{expected}: {body.Length} of {Bundle.Length} bytes");
        }
    }

    [Fact]
    public async Task Each_copy_has_its_own_etag()
    {
        using var client = factory.CreateClient();
        var tags = new List<string>();
        foreach (var encoding in new[] { "br", "gzip", "identity" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/webchat/webchat.js");
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            using var response = await client.SendAsync(request);
            tags.Add(response.Headers.ETag!.Tag);
        }

        Assert.Equal(3, tags.Distinct().Count());
    }

    private static byte[] Decompress(byte[] body, string? encoding)
    {
        if (encoding is null)
        {
            return body;
        }

        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
