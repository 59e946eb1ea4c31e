using System.CommandLine;
using System.Globalization;
using RoyaltyLedger.Cli.Rendering;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Commands;

/// <summary>
/// A society's payout schedule: the options of `royalty societies add` and `royalty societies set-payout-schedule`.
/// Members read it on their statements as "Next payout".
/// </summary>
internal sealed class SocietyScheduleCommands
{
    private static readonly string[] Frequencies = ["monthly", "quarterly"];

    private SocietyScheduleCommands(string prefix, bool required)
    {
        Frequency = new Option<string>($"--{prefix}frequency") { Description = "How often it pays: monthly or quarterly (calendar periods of use, UTC)", Required = required };
        Frequency.AcceptOnlyFromAmong(Frequencies);
        Days = new Option<uint>($"--{prefix}days-after-period-end") { Description = "Days after a period's last day that it pays (0 to 366)" };
        Minimum = new Option<long>($"--{prefix}minimum-minor") { Description = "Smallest amount paid, in minor units (cents for EUR); less is carried forward" };
    }

    public Option<string> Frequency { get; }

    public Option<uint> Days { get; }

    public Option<long> Minimum { get; }

    /// <summary>The optional schedule of `societies add`: --payout-frequency, --payout-days-after-period-end, --payout-minimum-minor.</summary>
    public static SocietyScheduleCommands ForRegistration() => new("payout-", required: false);

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Frequency);
        command.Options.Add(Days);
        command.Options.Add(Minimum);
    }

    /// <summary>The schedule given, or null when none of its options was given (the server names any that is missing or out of range).</summary>
    public PayoutSchedule? Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.GetResult(Frequency) is null && parse.GetResult(Days) is null && parse.GetResult(Minimum) is null)
        {
            return null;
        }

        return new PayoutSchedule { Frequency = parse.GetValue(Frequency) ?? "", DaysAfterPeriodEnd = parse.GetValue(Days), MinimumPayoutMinor = parse.GetValue(Minimum) };
    }

    public static Command Set()
    {
        var society = new Option<string>("--id") { Description = "Society id", Required = true };
        var schedule = new SocietyScheduleCommands("", required: true);
        var command = new Command("set-payout-schedule", "Set when a society pays its members (replaces the schedule set before)") { society };
        schedule.AddTo(command);
        command.SetAction((parse, ct) => CliSession.RunAsync(parse, async (s, token) =>
        {
            var set = await s.Registry.SetSocietyPayoutScheduleAsync(new SetSocietyPayoutScheduleRequest
            {
                SocietyId = parse.GetValue(society), PayoutSchedule = schedule.Read(parse),
            }, cancellationToken: token);
            await (s.Json ? JsonOutput.WriteAsync(s.Output, set) : s.Output.WriteLineAsync($"society {set.SocietyId} {Describe(set.PayoutSchedule)}"));
        }, ct));
        return command;
    }

    /// <summary>"pays monthly, 45 days after each period's end, at least 1,000 minor units".</summary>
    public static string Describe(PayoutSchedule? schedule) => schedule is null
        ? "has no payout schedule"
        : string.Create(CultureInfo.InvariantCulture,
            $"pays {schedule.Frequency}, {schedule.DaysAfterPeriodEnd:N0} days after each period's end, at least {schedule.MinimumPayoutMinor:N0} minor units");
}
