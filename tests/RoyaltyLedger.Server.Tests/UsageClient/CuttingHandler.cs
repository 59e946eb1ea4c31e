namespace RoyaltyLedger.Server.Tests.UsageClient;

/// <summary>
/// Drops the connection of the first ingest call after the server's first few messages reach the client, as a
/// network fault would: whatever the server acks after that point never arrives. Later calls pass untouched.
/// </summary>
internal sealed class CuttingHandler(int cutAfterMessages) : DelegatingHandler(new SocketsHttpHandler())
{
    private int _ingestCalls;

    public int IngestCalls => Volatile.Read(ref _ingestCalls);

    /// <summary>Completes when the first call has been cut.</summary>
    public TaskCompletionSource Cut { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!request.RequestUri!.AbsolutePath.EndsWith("/Ingest", StringComparison.Ordinal) || Interlocked.Increment(ref _ingestCalls) != 1)
        {
            return response;
        }

        var original = response.Content;
        var cut = new StreamContent(new CuttingStream(await original.ReadAsStreamAsync(cancellationToken), cutAfterMessages, Cut));
        foreach (var header in original.Headers)
        {
            cut.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = cut;
        return response;
    }
}
