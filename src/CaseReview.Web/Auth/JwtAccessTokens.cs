namespace CaseReview.Web.Auth;
