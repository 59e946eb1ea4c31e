namespace RoyaltyLedger.Grains;

internal static class GrainStateExtensions
{
    /// <summary>
    /// Replaces and writes a grain's state. If the write fails the previous state is put back and
    /// the activation is retired, so memory never claims what the database does not hold.
    /// </summary>
    public static async Task ReplaceAsync<T>(this IPersistentState<T> state, T next, Grain grain)
    {
        var previous = state.State;
        state.State = next;
        try
        {
            await state.WriteStateAsync().ConfigureAwait(true);
        }
        catch
        {
            state.State = previous;
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
