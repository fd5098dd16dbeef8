using System.Net;

namespace CareerBot.Tests.Admin;

/// <summary>With <c>Admin:ApiKey</c> empty (the default) the operator page does not exist.</summary>
public sealed class AdminDisabledTests : IClassFixture<CareerBotFactory>
{
    private readonly CareerBotFactory factory;

    public AdminDisabledTests(CareerBotFactory factory)
    {
        this.factory = factory;
    }

    [Theory]
    [InlineData("GET", "/admin")]
    [InlineData("GET", "/admin/api/stats")]
    [InlineData("GET", "/admin/assets/admin.js")]
    [InlineData("POST", "/admin/login")]
    [InlineData("POST", "/admin/logout")]
    public async Task Every_admin_address_answers_404_even_with_a_key(string method, string path)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer ");
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent([new("key", string.Empty)]);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
