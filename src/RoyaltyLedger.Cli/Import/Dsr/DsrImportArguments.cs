using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli.Import.Dsr;

/// <summary>The arguments of `royalty usage import-dsr`, already checked for form.</summary>
internal sealed record DsrImportArguments(
    FileInfo File,
    string Model,
    string? Operator,
    UseKind Use,
    string UnitKind,
    int BatchSize,
    int Streams,
    string? ReportPath);
