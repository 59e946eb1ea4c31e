using System.Text;

namespace RoyaltyLedger.Application.UsageLog;

/// <summary>
/// The stored form of an event id: <c>0x01</c> and the 16 bytes of a UUID (big-endian, so time-ordered UUIDv7
/// keys append at the end of the index; compared as UUIDs are, ignoring case), or <c>0x02</c> and the UTF-8 of
/// any other id. The first byte keeps the two kinds apart.
/// </summary>
public static class EventKeys
{
    private const byte UuidTag = 0x01;
    private const byte TextTag = 0x02;

    public static byte[] Of(string eventId)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        if (eventId.Length == 36 && Guid.TryParseExact(eventId, "D", out var uuid))
        {
            var key = new byte[17];
            key[0] = UuidTag;
            uuid.TryWriteBytes(key.AsSpan(1), bigEndian: true, out _);
            return key;
        }

        var text = new byte[1 + Encoding.UTF8.GetByteCount(eventId)];
        text[0] = TextTag;
        Encoding.UTF8.GetBytes(eventId, text.AsSpan(1));
        return text;
    }
}
