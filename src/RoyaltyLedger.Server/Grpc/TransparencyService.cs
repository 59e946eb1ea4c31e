using Grpc.Core;
using RoyaltyLedger.Application.Reports;
using RoyaltyLedger.Application.Transparency;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Reports;
using RoyaltyLedger.Server.Security;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Model transparency reports: which works went into which models, read from the ledger's usage totals.</summary>
internal sealed class TransparencyService(ReadModelTransparency models, ListModelsTrainedOnCreator creators, SummarizeModelForAiAct aiAct) : Transparency.TransparencyBase
{
    /// <summary>Separates model and work in a creator report's page token; neither id may contain it.</summary>
    private const char TokenSeparator = '/';

    public override async Task<ModelTransparencyReport> GetModelTransparencyReport(GetModelTransparencyReportRequest request, ServerCallContext context)
    {
        RpcErrors.ThrowIfAny([
            EntityIds.Check("model_id", request.ModelId),
            CheckPageSize(request.PageSize),
            request.PageToken.Length == 0 ? null : EntityIds.Check("page_token", request.PageToken)]);
        var model = await ReadableModelAsync(request.ModelId, context, "read model transparency reports", "read the transparency report");
        var read = await models.ReadAsync(model, request.PageToken, PageSize(request.PageSize), context.CancellationToken);
        var report = new ModelTransparencyReport { ModelId = model.ModelId, OperatorId = model.OperatorId, ModelName = model.DisplayName };
        report.Works.AddRange(TrainingMapping.Runs(read.Page.Rows, r => r.WorkId).Select(run => TrainingMapping.ToTrainedWork(run.Key, run.Rows, read.Works[run.Key], read.Now)));
        if (read.Totals is { } totals)
        {
            report.Totals.AddRange(totals.OrderBy(t => t.UseKind).ThenBy(t => TrainingMapping.StatusRank(t.Status)).ThenBy(t => t.UnitKind, StringComparer.Ordinal)
                .Select(t => t.ToWire()));
        }

        report.NextPageToken = read.Page.More ? report.Works[^1].WorkId : "";
        return report;
    }

    public override async Task<AiActSummaryDocument> GetAiActSummary(GetAiActSummaryRequest request, ServerCallContext context)
    {
        RpcErrors.ThrowIfAny([EntityIds.Check("model_id", request.ModelId), AiActSummaryFormats.Check(request.Format)]);
        var model = await ReadableModelAsync(request.ModelId, context, "read models' AI Act summaries", "read the AI Act summary");
        var summary = await aiAct.SummarizeAsync(model, context.CancellationToken);
        return AiActSummaryFormats.Render(summary, request.Format);
    }

    public override async Task<ModelsTrainedOnCreator> ListModelsTrainedOnCreator(ListModelsTrainedOnCreatorRequest request, ServerCallContext context)
    {
        var (afterModel, afterWork, tokenViolation) = ParseCreatorToken(request.PageToken);
        RpcErrors.ThrowIfAny([EntityIds.Check("creator_id", request.CreatorId), CheckPageSize(request.PageSize), tokenViolation]);
        context.RequireRole("list the models trained on creators' works", Roles.Society, Roles.Creator)
            .RequireParty(Roles.Creator, request.CreatorId, $"list the models trained on the works of creator {request.CreatorId}");
        var (page, works) = await creators.ListAsync(request.CreatorId, afterModel, afterWork, PageSize(request.PageSize), context.CancellationToken);
        var response = new ModelsTrainedOnCreator { CreatorId = request.CreatorId };
        foreach (var (modelId, modelRows) in TrainingMapping.Runs(page.Rows, r => r.ModelId))
        {
            var model = new ModelTrainedOnCreator { ModelId = modelId, OperatorId = modelRows[0].OperatorId };
            model.Works.AddRange(TrainingMapping.Runs(modelRows, r => r.WorkId).Select(run =>
            {
                var work = new CreatorWorkInModel { WorkId = run.Key, Title = works[run.Key]?.Definition.Title ?? "" };
                work.Uses.AddRange(TrainingMapping.Uses(run.Rows));
                return work;
            }));
            response.Models.Add(model);
        }

        response.NextPageToken = page.More ? $"{response.Models[^1].ModelId}{TokenSeparator}{response.Models[^1].Works[^1].WorkId}" : "";
        return response;
    }

    /// <summary>Operators read their own models' reports; admins, societies and creators any model's.</summary>
    private async Task<ModelProfile> ReadableModelAsync(string modelId, ServerCallContext context, string roleAction, string what)
    {
        var caller = context.RequireRole(roleAction, Roles.Society, Roles.Creator, Roles.Operator);
        var model = await models.FindModelAsync(modelId);
        if (caller.Role == Roles.Operator && caller.PartyId != model.OperatorId)
        {
            CallerAccess.Deny($"{caller} may not {what} of model {model.ModelId}, which belongs to operator {model.OperatorId}");
        }

        return model;
    }

    private static int PageSize(uint requested) => requested == 0 ? ITrainingReportStore.MaxPageSize : (int)requested;

    private static FieldViolation? CheckPageSize(uint requested) =>
        requested > ITrainingReportStore.MaxPageSize
            ? new FieldViolation("page_size", $"page_size is {requested:N0}, at most {ITrainingReportStore.MaxPageSize:N0}")
            : null;

    private static (string Model, string Work, FieldViolation? Violation) ParseCreatorToken(string token)
    {
        if (token.Length == 0)
        {
            return ("", "", null);
        }

        var parts = token.Split(TokenSeparator);
        return parts.Length == 2 && EntityIds.IsValid(parts[0]) && EntityIds.IsValid(parts[1])
            ? (parts[0], parts[1], null)
            : ("", "", new FieldViolation("page_token", $"page_token '{EntityIds.Printable(token)}' is not a token this call returned (model/work)"));
    }
}
