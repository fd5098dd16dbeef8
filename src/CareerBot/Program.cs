using CareerBot.Admin;
using CareerBot.BotFramework.DirectLine;
using CareerBot.BotFramework.Hosting;
using CareerBot.Hosting;
using CareerBot.Operations;
using CareerBot.Teams;
using CareerBot.WebChat;

// Commands that run instead of the web host: "teams-package" writes the Teams app package, "check-content" checks
// the content files as start-up does.
if ((TeamsPackageCommand.RunIfAsked(args) ?? CheckContentCommand.RunIfAsked(args)) is { } exitCode) { Environment.Exit(exitCode); }

// Settings and content are read from next to the binaries (the build copies the root appsettings.json and dialogs/
// there), so the app runs the same from any working directory. --urls and ASPNETCORE_URLS override "Urls".
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.AddCareerBot();

var app = builder.Build();

app.UseClientErrorResponses();
app.UseTrustedProxies();
app.UseStorageOutageResponses();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapHealthEndpoints();
app.MapMetrics();
app.MapBotEndpoints();
app.MapDirectLine();
app.MapWebChatPage();
app.MapAdminPage();

app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
