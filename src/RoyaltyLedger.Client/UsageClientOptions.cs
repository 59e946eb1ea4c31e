namespace RoyaltyLedger.Client;

/// <summary>
/// Where a <see cref="UsageStreamWriter"/> sends usage, as whom, on which producer stream, and how it batches and
/// retries. The writer reads these once, when it opens; changing them afterwards has no effect on it.
/// </summary>
public sealed class UsageClientOptions
{
    /// <summary>The most events the server accepts in one batch.</summary>
    public const int MaxBatchSizeLimit = 5_000;

    /// <summary>Events per batch unless <see cref="BatchSize"/> says otherwise.</summary>
    public const int DefaultBatchSize = 1_000;

    /// <summary>The largest gRPC message the server receives: 4 MiB.</summary>
    public const int ServerMaxMessageBytes = 4 * 1024 * 1024;

    /// <summary>The most <see cref="MaxBatchBytes"/> may be: the server's message limit less room for the message's own framing.</summary>
    public const int MaxBatchBytesLimit = ServerMaxMessageBytes - 1_024;

    /// <summary>The most batches a writer may keep sent but not yet acknowledged.</summary>
    public const int MaxInFlightLimit = 16;

    /// <summary>
    /// The server, e.g. <c>http://127.0.0.1:5080</c>. Required by <see cref="UsageStreamWriter.OpenAsync(UsageClientOptions, CancellationToken)"/>;
    /// ignored when the caller passes its own <see cref="Grpc.Core.CallInvoker"/>.
    /// </summary>
    public Uri? ServerAddress { get; set; }

    /// <summary>
    /// The operator's API key, sent as the header <c>authorization: Bearer &lt;key&gt;</c> on every call. Null sends
    /// none (for a caller whose own <see cref="Grpc.Core.CallInvoker"/> already adds it).
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The operator the usage belongs to; the API key must be bound to it.</summary>
    public string OperatorId { get; set; } = "";

    /// <summary>
    /// Names one ordered sequence of batches from one producer, e.g. <c>trainer-eu-1</c>. Only one writer may
    /// write to a stream at a time; use more streams for more throughput.
    /// </summary>
    public string StreamName { get; set; } = "";

    /// <summary>Events per batch, 1 to <see cref="MaxBatchSizeLimit"/>; a batch is sent when it holds this many.</summary>
    public int BatchSize { get; set; } = DefaultBatchSize;

    /// <summary>
    /// The largest serialized batch message, 1,024 to <see cref="MaxBatchBytesLimit"/> bytes. A batch is cut early
    /// when the next event would take it past this, so that the server never refuses a batch for its size.
    /// </summary>
    public int MaxBatchBytes { get; set; } = MaxBatchBytesLimit;

    /// <summary>
    /// Batches sent but not yet acknowledged, 1 to <see cref="MaxInFlightLimit"/>. The server acks in order, one
    /// batch at a time; more than one in flight overlaps the network with the server's work. The writer keeps each
    /// for resending, so it holds at most this many batches plus the one it is filling.
    /// </summary>
    public int MaxInFlightBatches { get; set; } = 1;

    /// <summary>When and how often to reconnect after a transient failure.</summary>
    public UsageRetryPolicy Retry { get; set; } = UsageRetryPolicy.Default;

    /// <summary>How batches are numbered: after the stream's last (the default) or from 1, replaying an input.</summary>
    public BatchNumbering Numbering { get; set; } = BatchNumbering.ContinueStream;

    /// <summary>
    /// The HTTP handler of the channel the writer creates, e.g. for client certificates or a proxy. The writer
    /// does not dispose it. Null uses a default handler.
    /// </summary>
    public HttpMessageHandler? HttpHandler { get; set; }

    /// <summary>The clock for retry delays and for the time in generated UUIDv7 event ids.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first option out of range.</summary>
    internal void Validate(bool needsAddress)
    {
        Require(!needsAddress || ServerAddress is not null, nameof(ServerAddress), "UsageClientOptions.ServerAddress is required, e.g. http://127.0.0.1:5080");
        Require(OperatorId.Length > 0, nameof(OperatorId), "UsageClientOptions.OperatorId is required");
        Require(StreamName.Length > 0, nameof(StreamName), "UsageClientOptions.StreamName is required");
        Require(BatchSize is >= 1 and <= MaxBatchSizeLimit, nameof(BatchSize),
            $"UsageClientOptions.BatchSize is {BatchSize:N0}, expected 1 to {MaxBatchSizeLimit:N0} (the server's limit)");
        Require(MaxBatchBytes is >= 1_024 and <= MaxBatchBytesLimit, nameof(MaxBatchBytes),
            $"UsageClientOptions.MaxBatchBytes is {MaxBatchBytes:N0}, expected 1,024 to {MaxBatchBytesLimit:N0} (under the server's 4 MiB message limit)");
        Require(MaxInFlightBatches is >= 1 and <= MaxInFlightLimit, nameof(MaxInFlightBatches),
            $"UsageClientOptions.MaxInFlightBatches is {MaxInFlightBatches}, expected 1 to {MaxInFlightLimit}");
        Require(Enum.IsDefined(Numbering), nameof(Numbering), $"UsageClientOptions.Numbering is {Numbering}, not a BatchNumbering");
        ArgumentNullException.ThrowIfNull(Retry);
        ArgumentNullException.ThrowIfNull(TimeProvider);
        Retry.Validate();
    }

    private static void Require(bool condition, string name, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, name);
        }
    }
}
