using RoyaltyLedger.Server.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddRoyaltyLedger();

var app = builder.Build();
app.MapRoyaltyLedger();
app.Run();

/// <summary>Entry point; public so that tests can start the real server in-process.</summary>
public partial class Program;
