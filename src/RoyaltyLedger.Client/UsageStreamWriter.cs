using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Client;

/// <summary>
/// Streams usage events to the ledger on one producer stream, in numbered batches, counting each event exactly once
/// across disconnects.
/// </summary>
/// <remarks>
/// <para>
/// <b>Batching.</b> <see cref="WriteAsync"/> buffers events into a batch, which is sent when it holds
/// <see cref="UsageClientOptions.BatchSize"/> events or the next event would take its message past
/// <see cref="UsageClientOptions.MaxBatchBytes"/>. <see cref="FlushAsync"/> sends a partial batch and waits for every
/// ack; <see cref="CompleteAsync"/> does the same and ends the stream. An event without an event_id gets a
/// time-ordered UUIDv7, written into the event.
/// </para>
/// <para>
/// <b>Numbering.</b> On opening, the server says the last batch number it holds for the stream; the writer numbers
/// its batches from the next (or from 1 under <see cref="BatchNumbering.Replay"/>).
/// </para>
/// <para>
/// <b>Exactly once.</b> The server acks each batch only once it is durable, in order. The writer keeps every batch
/// sent but not yet acked. After a transient failure (see <see cref="UsageRetryPolicy"/>) it waits, reopens the
/// stream, reads the server's last batch number and sends every kept batch again, in order. A kept batch the server
/// already stored (its ack was lost with the connection) is answered with its original, stored ack and is not stored
/// or counted again; the rest are stored now. Event ids give a second guarantee: an event_id the operator already
/// reported is counted once, whichever batch or stream carries it again.
/// </para>
/// <para>
/// <b>Limits.</b> At most <see cref="UsageClientOptions.MaxInFlightBatches"/> batches are sent and unacked, and one
/// more is being filled: that is all the writer holds in memory. A writer is for one caller at a time, and only one
/// writer may use a stream at a time; a second producer on the same stream is detected from the acks and reported
/// as <see cref="UsageStreamConflictException"/>.
/// </para>
/// <para>
/// <b>Reporting.</b> <see cref="ProgressChanged"/> and <see cref="Rejected"/> are raised on the caller's flow
/// (within <see cref="WriteAsync"/>, <see cref="FlushAsync"/> or <see cref="CompleteAsync"/>), after each ack.
/// </para>
/// </remarks>
public sealed partial class UsageStreamWriter : IAsyncDisposable
{
    private readonly UsageIngest.UsageIngestClient _client;
    private readonly GrpcChannel? _ownedChannel;
    private readonly string _operatorId;
    private readonly string _streamName;
    private readonly int _maxInFlight;
    private readonly int _maxBatchBytes;
    private readonly BatchNumbering _numbering;
    private readonly UsageRetryPolicy _retry;
    private readonly TimeProvider _time;
    private readonly BatchBuilder _building;
    private readonly Queue<OutgoingBatch> _unacked = new();
    private IngestConnection? _connection;
    private UsageProgress _progress;
    private Exception? _failure;
    private bool _completed;
    private int _busy;

    private UsageStreamWriter(UsageClientOptions options, CallInvoker invoker, GrpcChannel? ownedChannel)
    {
        _client = new UsageIngest.UsageIngestClient(options.ApiKey is { Length: > 0 } key ? invoker.Intercept(m =>
        {
            m.Add("authorization", $"Bearer {key}");
            return m;
        }) : invoker);
        _ownedChannel = ownedChannel;
        _operatorId = options.OperatorId;
        _streamName = options.StreamName;
        _maxInFlight = options.MaxInFlightBatches;
        _maxBatchBytes = options.MaxBatchBytes;
        _numbering = options.Numbering;
        _retry = options.Retry;
        _time = options.TimeProvider;
        _building = new BatchBuilder(options.BatchSize, options.MaxBatchBytes);
    }

    /// <summary>Raised after each ack (and each reconnect) with the totals so far.</summary>
    public event EventHandler<UsageProgress>? ProgressChanged;

    /// <summary>Raised for each event the ledger refused, with the event and the state it was written with.</summary>
    public event EventHandler<UsageRejection>? Rejected;

    /// <summary>The operator and stream, as <c>operator/stream</c>.</summary>
    public string StreamKey => $"{_operatorId}/{_streamName}";

    /// <summary>The last batch the ledger held for the stream when this writer first opened it; 0 for a new stream.</summary>
    public ulong LastBatchSeqAtOpen { get; private set; }

    /// <summary>The totals so far.</summary>
    public UsageProgress Progress => _progress;

    /// <summary>Opens the stream over a channel of its own to <see cref="UsageClientOptions.ServerAddress"/>, retrying transient failures.</summary>
    public static Task<UsageStreamWriter> OpenAsync(UsageClientOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(needsAddress: true);
        var channel = GrpcChannel.ForAddress(options.ServerAddress!, new GrpcChannelOptions
        {
            HttpHandler = options.HttpHandler,
            MaxSendMessageSize = UsageClientOptions.ServerMaxMessageBytes,
        });
        return OpenAsync(new UsageStreamWriter(options, channel.CreateCallInvoker(), channel), cancellationToken);
    }

    /// <summary>
    /// Opens the stream over the caller's channel (e.g. <c>GrpcChannel.CreateCallInvoker()</c>), retrying transient
    /// failures. The caller keeps the channel and disposes it after the writer.
    /// </summary>
    public static Task<UsageStreamWriter> OpenAsync(UsageClientOptions options, CallInvoker invoker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(invoker);
        options.Validate(needsAddress: false);
        return OpenAsync(new UsageStreamWriter(options, invoker, ownedChannel: null), cancellationToken);
    }

    private static async Task<UsageStreamWriter> OpenAsync(UsageStreamWriter writer, CancellationToken cancellationToken)
    {
        try
        {
            await writer.ConnectAsync(cancellationToken).ConfigureAwait(false);
            return writer;
        }
        catch
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Adds an event to the current batch, sending the batch when it is full (and first waiting for an ack when
    /// <see cref="UsageClientOptions.MaxInFlightBatches"/> are already out). The writer owns the event from now on:
    /// do not change it. An empty event_id is set to a new UUIDv7.
    /// </summary>
    /// <param name="usageEvent">The event.</param>
    /// <param name="state">Anything to identify the event by if it is rejected, e.g. its line in a file.</param>
    /// <param name="cancellationToken">Stops waiting; the writer is then unusable.</param>
    public async ValueTask WriteAsync(UsageEvent usageEvent, object? state = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(usageEvent);
        using var turn = Enter();
        if (usageEvent.EventId.Length == 0)
        {
            usageEvent.EventId = Guid.CreateVersion7(_time.GetUtcNow()).ToString();
        }

        var size = BatchBuilder.SizeOf(usageEvent);
        if (!_building.FitsAlone(size))
        {
            throw new ArgumentException(
                $"event {usageEvent.EventId} serializes to {size:N0} bytes; with its batch's envelope that is more than MaxBatchBytes ({_maxBatchBytes:N0}) allows",
                nameof(usageEvent));
        }

        await RunAsync(async () =>
        {
            if (!_building.Fits(size))
            {
                await SealAndSendAsync(cancellationToken).ConfigureAwait(false);
            }

            _building.Add(usageEvent, state, size);
            _progress = _progress with { Written = _progress.Written + 1 };
            if (_building.IsFull)
            {
                await SealAndSendAsync(cancellationToken).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
    }

    /// <summary>Sends the partial batch, if any, and waits until the ledger has acknowledged every batch sent.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        using var turn = Enter();
        await RunAsync(() => FlushCoreAsync(cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Flushes, then ends the stream cleanly. The writer accepts no more events.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        using var turn = Enter();
        await RunAsync(async () =>
        {
            await FlushCoreAsync(cancellationToken).ConfigureAwait(false);
            CheckReplayCovered();
            await CloseAsync().ConfigureAwait(false);

            _completed = true;
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Closes the connection. Without <see cref="CompleteAsync"/> first, buffered and unacknowledged events are
    /// abandoned: a later writer on the same stream resends nothing of them, so write them again (event ids keep
    /// whatever was already counted from counting twice).
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        _completed = true;
        await DisconnectAsync().ConfigureAwait(false);
        _ownedChannel?.Dispose();
    }
}
