// The caller and its roles are the application's (RoyaltyLedger.Application.Access): every service and page of the
// server reads them, so they are imported once here rather than in each file.
global using RoyaltyLedger.Application.Access;
