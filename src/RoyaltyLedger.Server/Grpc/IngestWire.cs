using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>An ingest request as decoded, with the events that could not be (by index in their batch, with why).</summary>
internal sealed record IngestMessage(IngestRequest Request, IReadOnlyDictionary<int, string> Malformed)
{
    /// <summary>The bytes of each event that could not be decoded, as received: part of the batch's content digest.</summary>
    public IReadOnlyDictionary<int, ByteString> MalformedBytes { get; init; } = new Dictionary<int, ByteString>();
}

/// <summary>
/// The ingest method on the wire, with a decoder that tolerates bad events. Protobuf refuses a whole message when
/// one string in it is not UTF-8, which would throw away a batch's good events with its bad one; so when a request
/// does not decode, the batch is taken apart event by event and each event that does not decode is kept as an
/// empty placeholder, rejected later with its reason, while the others go through.
/// </summary>
internal static class IngestWire
{
    private static readonly IReadOnlyDictionary<int, string> NoneMalformed = new Dictionary<int, string>();

    public static readonly Method<IngestMessage, IngestResponse> Method = new(
        MethodType.DuplexStreaming,
        UsageIngest.Descriptor.FullName,
        "Ingest",
        Marshallers.Create<IngestMessage>((_, _) => throw new NotSupportedException("the server never sends ingest requests"), Decode),
        Marshallers.Create<IngestResponse>((message, context) => context.Complete(message.ToByteArray()), context => IngestResponse.Parser.ParseFrom(context.PayloadAsNewBuffer())));

    private static IngestMessage Decode(DeserializationContext context)
    {
        var bytes = context.PayloadAsNewBuffer();
        try
        {
            return new IngestMessage(IngestRequest.Parser.ParseFrom(bytes), NoneMalformed);
        }
        catch (InvalidProtocolBufferException)
        {
            return DecodeOrRefuse(bytes);
        }
    }

    /// <summary>A message that is not protobuf at all, not even one whose events can be taken apart, is INVALID_ARGUMENT.</summary>
    private static IngestMessage DecodeOrRefuse(byte[] bytes)
    {
        try
        {
            return DecodeLeniently(bytes);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw UnparseableMessage.Error(Method.FullName, e);
        }
    }

    private static IngestMessage DecodeLeniently(byte[] bytes)
    {
        var input = new CodedInputStream(bytes);
        var request = new IngestRequest();
        var malformed = new Dictionary<int, string>();
        var malformedBytes = new Dictionary<int, ByteString>();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case IngestRequest.OpenFieldNumber when WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited:
                    request.Open = OpenStream.Parser.ParseFrom(input.ReadBytes());
                    break;
                case IngestRequest.BatchFieldNumber when WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited:
                    request.Batch = DecodeBatch(input.ReadBytes(), malformed, malformedBytes);
                    break;
                default:
                    input.SkipLastField();
                    break;
            }
        }

        return new IngestMessage(request, malformed) { MalformedBytes = malformedBytes };
    }

    private static UsageBatch DecodeBatch(ByteString bytes, Dictionary<int, string> malformed, Dictionary<int, ByteString> malformedBytes)
    {
        var input = bytes.CreateCodedInput();
        var batch = new UsageBatch();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case UsageBatch.BatchSeqFieldNumber when WireFormat.GetTagWireType(tag) == WireFormat.WireType.Varint:
                    batch.BatchSeq = input.ReadUInt64();
                    break;
                case UsageBatch.EventsFieldNumber when WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited:
                    var encoded = input.ReadBytes();
                    try
                    {
                        batch.Events.Add(UsageEvent.Parser.ParseFrom(encoded));
                    }
                    catch (InvalidProtocolBufferException e)
                    {
                        malformed[batch.Events.Count] = e.Message;
                        malformedBytes[batch.Events.Count] = encoded;
                        batch.Events.Add(new UsageEvent());
                    }

                    break;
                default:
                    input.SkipLastField();
                    break;
            }
        }

        return batch;
    }
}

/// <summary>Binds <see cref="UsageIngestService"/> to <see cref="IngestWire.Method"/> in place of the generated binding.</summary>
internal sealed class UsageIngestMethodProvider : IServiceMethodProvider<UsageIngestService>
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<UsageIngestService> context) =>
        context.AddDuplexStreamingMethod(IngestWire.Method, [], (service, requests, responses, call) => service.Ingest(requests, responses, call));
}
