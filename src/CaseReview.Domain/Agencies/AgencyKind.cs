namespace CaseReview.Domain.Agencies;

public enum AgencyKind { Council, Police, IntegratedCareBoard, HousingProvider, Other }
