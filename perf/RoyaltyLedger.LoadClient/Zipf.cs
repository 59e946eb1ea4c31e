namespace RoyaltyLedger.LoadClient;

/// <summary>Zipf-distributed ranks 0..n-1 (exponent s): a few works are used far more than the rest, as in real usage.</summary>
internal sealed class Zipf
{
    private readonly double[] _cumulative;

    public Zipf(int n, double s = 1.0)
    {
        _cumulative = new double[n];
        var sum = 0.0;
        for (var k = 0; k < n; k++)
        {
            sum += 1.0 / Math.Pow(k + 1, s);
            _cumulative[k] = sum;
        }

        for (var k = 0; k < n; k++)
        {
            _cumulative[k] /= sum;
        }
    }

    public int Next(Random random)
    {
        var i = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(i < 0 ? ~i : i, _cumulative.Length - 1);
    }
}
