namespace RoyaltyLedger.Grains.Abstractions.Registry;

/// <summary>An AI model, keyed by model id. A model belongs to exactly one operator for life.</summary>
[Alias("rl.IModelGrain")]
public interface IModelGrain : IGrainWithStringKey
{
    /// <summary>Registers the model. The caller has checked that the operator exists.</summary>
    [Alias("Register")]
    Task<Registration<ModelProfile>> Register(ModelProfile profile);

    [Alias("Describe")]
    Task<ModelProfile?> Describe();
}
