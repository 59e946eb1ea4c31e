namespace RoyaltyLedger.Cli.Usage;

/// <summary>
/// A usage file read row by row, never whole, so that files larger than memory stream through. The position in
/// bytes drives the progress bar.
/// </summary>
internal sealed class UsageFile : IDisposable
{
    private readonly FileStream _stream;
    private readonly UsageFileFormat _format;

    private UsageFile(string path, UsageFileFormat format)
    {
        Path = path;
        _format = format;
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        Reader = new StreamReader(_stream, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
    }

    public string Path { get; }

    public long Length => _stream.Length;

    /// <summary>How far reading has got, in bytes (ahead of the rows returned by at most one buffer).</summary>
    public long Position => _stream.Position;

    private StreamReader Reader { get; }

    public static UsageFile Open(string path, UsageFileFormat format)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path} does not exist");
        }

        return new UsageFile(path, format);
    }

    /// <summary>The format a file's extension implies: .csv, or .jsonl / .ndjson / .json for JSON Lines.</summary>
    public static UsageFileFormat? FormatOf(string path) => System.IO.Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".CSV" => UsageFileFormat.Csv,
        ".JSONL" or ".NDJSON" or ".JSON" => UsageFileFormat.JsonLines,
        _ => null,
    };

    /// <summary>Every row in file order; throws <see cref="InvalidDataException"/> when the file as a whole cannot be read.</summary>
    public IEnumerable<UsageRow> ReadRows() => _format == UsageFileFormat.Csv ? CsvUsageRows.Read(Reader, Path) : JsonLinesUsageRows.Read(Reader);

    public void Dispose()
    {
        Reader.Dispose();
        _stream.Dispose();
    }
}
