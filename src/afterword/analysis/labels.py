"""The labels postings use ("Job type: Full-time", "Pay: £12.50/hour") and the role of the unit each opens."""

from __future__ import annotations

from afterword.models import UnitRole

LABEL_ROLES: dict[str, UnitRole] = {
    "job type": "employment-type", "employment type": "employment-type", "contract type": "employment-type",
    "type": "employment-type", "employment": "employment-type", "contract": "employment-type",
    "hours": "schedule", "schedule": "schedule", "shift": "schedule", "working hours": "schedule",
    "location": "location", "workplace": "location", "campus": "location", "office": "location",
    "based in": "location", "work location": "location", "remote": "location", "city": "location",
    "salary": "pay", "pay": "pay", "pay range": "pay", "compensation": "pay", "wage": "pay", "rate": "pay",
    "salary range": "pay",
    "benefits": "benefit", "perks": "benefit", "job benefits": "benefit", "employee benefits": "benefit",
    "experience level": "requirement", "experience": "requirement", "seniority": "requirement",
    "skills": "requirement", "education": "requirement", "qualifications": "requirement",
    "requirements": "requirement", "languages": "requirement", "language": "requirement",
    "tech stack": "requirement", "technologies": "requirement", "required skills": "requirement",
    "licence": "requirement", "license": "requirement", "certifications": "requirement",
    "job title": "title", "title": "title", "position": "title", "role": "title",
    "company": "company-info", "employer": "company-info", "industry": "company-info", "about us": "company-info",
    "company description": "company-info", "company size": "company-info", "company type": "company-info",
    "company profile": "company-info",
    "contact": "contact", "email": "contact", "e-mail": "contact", "phone": "contact", "website": "contact",
    "deadline": "how-to-apply", "application deadline": "how-to-apply", "apply": "how-to-apply",
    "start date": "schedule", "start": "schedule", "reference": "how-to-apply", "job id": "how-to-apply",
    "nice to have": "nice-to-have", "preferred": "nice-to-have", "bonus": "nice-to-have",
    "advantage": "nice-to-have", "an advantage": "nice-to-have", "plus": "nice-to-have", "a plus": "nice-to-have",
    "desirable": "nice-to-have", "nice-to-have": "nice-to-have", "bonus points": "nice-to-have",
}
