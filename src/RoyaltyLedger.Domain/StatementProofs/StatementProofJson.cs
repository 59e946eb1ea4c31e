using System.Text.Json;

namespace RoyaltyLedger.Domain.StatementProofs;

/// <summary>
/// The statement file's JSON: snake_case names, indented, and strict on reading (a missing or null field is an error
/// naming it, not a silent default), so that a verifier never checks less than the file claims.
/// </summary>
public static class StatementProofJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        MaxDepth = 16,
    };

    public static void Write(Stream stream, StatementProofFile file) => JsonSerializer.Serialize(stream, file, Options);

    public static string Write(StatementProofFile file) => JsonSerializer.Serialize(file, Options);

    /// <summary>The file, or throws <see cref="JsonException"/> naming what is malformed.</summary>
    public static StatementProofFile Read(Stream stream) =>
        JsonSerializer.Deserialize<StatementProofFile>(stream, Options) ?? throw new JsonException("the file holds null, not a statement with proofs");

    public static StatementProofFile Read(string json) =>
        JsonSerializer.Deserialize<StatementProofFile>(json, Options) ?? throw new JsonException("the file holds null, not a statement with proofs");
}
