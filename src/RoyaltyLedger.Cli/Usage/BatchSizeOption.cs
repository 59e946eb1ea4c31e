using System.CommandLine;
using System.Globalization;
using RoyaltyLedger.Client;

namespace RoyaltyLedger.Cli.Usage;

/// <summary>The <c>--batch-size</c> option of the commands that send usage (usage send, usage import-dsr): 1 to the client's limit.</summary>
internal static class BatchSizeOption
{
    public static Option<int> Create(int defaultValue)
    {
        var batchSize = new Option<int>("--batch-size")
        {
            Description = $"Events per batch, 1 to {UsageClientOptions.MaxBatchSizeLimit:N0}; a rerun must use the same size to resume",
            DefaultValueFactory = _ => defaultValue,
        };
        batchSize.Validators.Add(result =>
        {
            // A value that is not a number is already the parser's error; reading it here would throw.
            if (result.Tokens.Count == 1 && !int.TryParse(result.Tokens[0].Value, CultureInfo.InvariantCulture, out _))
            {
                return;
            }

            var value = result.GetValueOrDefault<int>();
            if (value is < 1 or > UsageClientOptions.MaxBatchSizeLimit)
            {
                result.AddError($"--batch-size is {value:N0}, expected 1 to {UsageClientOptions.MaxBatchSizeLimit:N0}");
            }
        });
        return batchSize;
    }
}
