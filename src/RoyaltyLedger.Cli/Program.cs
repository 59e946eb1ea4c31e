using RoyaltyLedger.Cli;

return await RoyaltyCli.RunAsync(args, Console.Out, Console.Error);
