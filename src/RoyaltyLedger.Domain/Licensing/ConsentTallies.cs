using System.Runtime.CompilerServices;

namespace RoyaltyLedger.Domain.Licensing;

/// <summary>One <see cref="ConsentTally"/> per use, held inline in a <see cref="CompiledSplit"/> rather than in an array it would point to.</summary>
[InlineArray(UseNames.Slots)]
internal struct ConsentTallies
{
    private ConsentTally _first;
}
