using System.Globalization;
using System.Text;
using System.Xml;

namespace RoyaltyLedger.Domain.Payouts.Transfers;

/// <summary>
/// Writes a payment batch as an ISO 20022 pain.001.001.09 CustomerCreditTransferInitiation (UTF-8 XML): one payment
/// information block (the society's account pays) with one credit transfer per paid party, NbOfTxs and CtrlSum
/// exact. Amounts are the parties' whole minor units written with the currency's decimals (ISO 4217), never rounded:
/// 1234 minor units of EUR are 12.34. The element order and content fit both the ISO schema and the EPC SEPA Credit
/// Transfer implementation guidelines (docs/pain001.md).
/// </summary>
public static class Pain001Writer
{
    public const string Namespace = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

    /// <summary>pain.001 amounts have at most 18 digits in all (ActiveOrHistoricCurrencyAndAmount, DecimalNumber).</summary>
    public const int MaxTotalDigits = 18;

    public static byte[] Write(PaymentBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Transfers.Count == 0)
        {
            throw new PaymentFileException($"cycle {batch.CycleId} has no payment to a party with a bank account: a pain.001 file needs at least one");
        }

        var exponent = Money.MinorUnits.Exponent(batch.Currency);
        Int128 total = 0;
        foreach (var transfer in batch.Transfers)
        {
            if (transfer.AmountMinor <= 0)
            {
                throw new PaymentFileException($"cycle {batch.CycleId} pays party {transfer.PartyId} {transfer.AmountMinor} minor units: a credit transfer must be positive");
            }

            total += transfer.AmountMinor;
        }

        var control = Amount(total, exponent, $"cycle {batch.CycleId}'s control sum");
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("Document", Namespace);
            xml.WriteStartElement("CstmrCdtTrfInitn");
            WriteGroupHeader(xml, batch, control);
            WritePaymentInformation(xml, batch, control, exponent);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    /// <summary>Whole minor units as the decimal text pain.001 carries: 1234 with exponent 2 is "12.34".</summary>
    public static string Amount(Int128 minor, int exponent, string what)
    {
        var digits = minor.ToString(CultureInfo.InvariantCulture).PadLeft(exponent + 1, '0');
        if (minor < 0 || digits.Length > MaxTotalDigits)
        {
            throw new PaymentFileException($"{what} of {minor} minor units does not fit a pain.001 amount (at most {MaxTotalDigits} digits)");
        }

        return exponent == 0 ? digits : $"{digits[..^exponent]}.{digits[^exponent..]}";
    }

    private static void WriteGroupHeader(XmlWriter xml, PaymentBatch batch, string control)
    {
        xml.WriteStartElement("GrpHdr");
        xml.WriteElementString("MsgId", Pain001Ids.MessageId(batch.CycleId, batch.ExecutionDate));
        xml.WriteElementString("CreDtTm", batch.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        xml.WriteElementString("NbOfTxs", batch.Transfers.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("CtrlSum", control);
        xml.WriteStartElement("InitgPty");
        xml.WriteElementString("Nm", batch.Debtor.HolderName);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WritePaymentInformation(XmlWriter xml, PaymentBatch batch, string control, int exponent)
    {
        xml.WriteStartElement("PmtInf");
        xml.WriteElementString("PmtInfId", batch.CycleId.Length <= Pain001Ids.MaxLength ? batch.CycleId : Pain001Ids.EndToEndId(batch.CycleId, "payments"));
        xml.WriteElementString("PmtMtd", "TRF");
        xml.WriteElementString("NbOfTxs", batch.Transfers.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("CtrlSum", control);
        xml.WriteStartElement("ReqdExctnDt");
        xml.WriteElementString("Dt", batch.ExecutionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        WriteParty(xml, "Dbtr", batch.Debtor.HolderName);
        WriteAccount(xml, "DbtrAcct", batch.Debtor.Iban);
        // The debtor agent is required; without a BIC, "NOTPROVIDED" is the identification the EPC guidelines name.
        xml.WriteStartElement("DbtrAgt");
        xml.WriteStartElement("FinInstnId");
        if (batch.Debtor.Bic.Length > 0)
        {
            xml.WriteElementString("BICFI", batch.Debtor.Bic);
        }
        else
        {
            xml.WriteStartElement("Othr");
            xml.WriteElementString("Id", "NOTPROVIDED");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteElementString("ChrgBr", "SLEV");
        var remittance = Remittance(batch);
        foreach (var transfer in batch.Transfers)
        {
            WriteTransfer(xml, batch, transfer, exponent, remittance);
        }

        xml.WriteEndElement();
    }

    private static void WriteTransfer(XmlWriter xml, PaymentBatch batch, CreditTransfer transfer, int exponent, string remittance)
    {
        xml.WriteStartElement("CdtTrfTxInf");
        xml.WriteStartElement("PmtId");
        xml.WriteElementString("EndToEndId", Pain001Ids.EndToEndId(batch.CycleId, transfer.PartyId));
        xml.WriteEndElement();
        xml.WriteStartElement("Amt");
        xml.WriteStartElement("InstdAmt");
        xml.WriteAttributeString("Ccy", batch.Currency);
        xml.WriteString(Amount(transfer.AmountMinor, exponent, $"party {transfer.PartyId}'s payment"));
        xml.WriteEndElement();
        xml.WriteEndElement();
        if (transfer.Creditor.Bic.Length > 0)
        {
            xml.WriteStartElement("CdtrAgt");
            xml.WriteStartElement("FinInstnId");
            xml.WriteElementString("BICFI", transfer.Creditor.Bic);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        WriteParty(xml, "Cdtr", transfer.Creditor.HolderName);
        WriteAccount(xml, "CdtrAcct", transfer.Creditor.Iban);
        xml.WriteStartElement("RmtInf");
        xml.WriteElementString("Ustrd", remittance);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteParty(XmlWriter xml, string element, string name)
    {
        xml.WriteStartElement(element);
        xml.WriteElementString("Nm", name);
        xml.WriteEndElement();
    }

    private static void WriteAccount(XmlWriter xml, string element, string iban)
    {
        xml.WriteStartElement(element);
        xml.WriteStartElement("Id");
        xml.WriteElementString("IBAN", iban);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>"Royalties cycle 2026-11-EUR, period 2026-11": at most 140 characters (Max140Text).</summary>
    private static string Remittance(PaymentBatch batch)
    {
        var text = batch.Period.Length > 0 ? $"Royalties cycle {batch.CycleId}, period {batch.Period}" : $"Royalties cycle {batch.CycleId}";
        return text.Length <= 140 ? text : text[..140];
    }
}
