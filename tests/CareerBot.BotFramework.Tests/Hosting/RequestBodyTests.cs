using System.Text;
using CareerBot.BotFramework.Hosting;
using Microsoft.AspNetCore.Http;

namespace CareerBot.BotFramework.Tests.Hosting;

/// <summary>Reading a body into a pooled array: whole, whatever Content-Length says, and never past the limit.</summary>
public sealed class RequestBodyTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(400, true)]
    [InlineData(70_000, false)]
    [InlineData(70_000, true)]
    public async Task The_whole_body_is_read_with_or_without_a_length(int bytes, bool declared)
    {
        var sent = Body(bytes);

        using var body = await RequestBody.ReadAsync(Request(sent, declared ? sent.Length : null), 100_000, CancellationToken.None);

        Assert.NotNull(body);
        Assert.Equal(bytes, body.Length);
        Assert.True(body.Span.SequenceEqual(sent));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_over_the_limit_is_refused_even_when_its_length_is_understated(bool understated)
    {
        var sent = Body(5000);

        using var body = await RequestBody.ReadAsync(Request(sent, understated ? 10 : null), 4096, CancellationToken.None);

        Assert.Null(body);
    }

    [Fact]
    public async Task A_body_of_exactly_the_limit_is_read()
    {
        var sent = Body(4096);

        using var body = await RequestBody.ReadAsync(Request(sent, sent.Length), 4096, CancellationToken.None);

        Assert.Equal(4096, body!.Length);
    }

    [Fact]
    public async Task A_disposed_body_is_empty()
    {
        var body = await RequestBody.ReadAsync(Request(Body(10), 10), 100, CancellationToken.None);

        body!.Dispose();
        body.Dispose();

        Assert.True(body.Span.IsEmpty);
    }

    private static byte[] Body(int bytes) => Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, bytes).Select(i => (char)('a' + (i % 26)))));

    private static HttpRequest Request(byte[] body, long? contentLength)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = contentLength;
        return context.Request;
    }
}
