using RoyaltyLedger.Contracts.Exports;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Tests.Exports;

/// <summary>The statement CSV's cells: text guarded, counts and amounts left as numbers.</summary>
public sealed class StatementCsvTests
{
    [Fact]
    public void Format_FormulaTitleAndNegativeAmount_TitleGuardedAmountNumeric()
    {
        var statement = new CreatorStatement { CreatorId = "ada" };
        statement.Lines.Add(new StatementLine
        {
            Period = "2026-11", WorkId = "w-1", WorkTitle = "@SUM(1+1)*cmd|' /C calc'!A0", OperatorId = "op", ModelId = "m",
            Use = UseKind.Training, LicenceStatus = "licensed", EventCount = 2, Units = "-300", UnitKind = "tokens", Currency = "EUR",
            AmountNanos = "-1500000000",
        });

        var csv = StatementCsv.Format(statement);

        Assert.Equal(
            "creator_id,period,work_id,work_title,operator_id,model_id,use,licence_status,event_count,units,unit_kind,currency,amount_nanos\r\n" +
            "ada,2026-11,w-1,'@SUM(1+1)*cmd|' /C calc'!A0,op,m,training,licensed,2,-300,tokens,EUR,-1500000000\r\n",
            csv);
    }
}
