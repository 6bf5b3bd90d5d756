using ThiDua.Core.Organisation.People;
using ThiDua.Core.Organisation.Records;

namespace ThiDua.Core.Organisation.Import;

/// <summary>One method per kind: read the row's cells, check them, then create or update the matched entity.</summary>
public sealed partial class OrganisationImport
{
    private const string OutOfScope = "không có hoặc nằm ngoài phạm vi quản lý của bạn";

    private void ApplyUnit(ImportContext c, RowReader r, Counts counts)
    {
        var before = r.Errors.Count;
        var code = r.Text("code", 32)?.ToUpperInvariant();
        var name = r.Text("name");
        var kind = r.Name<UnitKind>("kind", UnitKindNames.Vietnamese);
        var parentCode = r.Text("parent", 32);
        var from = r.Date("from") ?? Today;
        if (code is not null && !EntityCodes.IsValid(code))
        {
            r.Error("code", "Mã đơn vị gồm chữ không dấu, số, dấu chấm, gạch ngang; tối đa 32 ký tự.");
        }

        OrgUnit? parent = null;
        if (parentCode is not null && !c.Units.TryGetValue(parentCode, out parent))
        {
            r.Error("parent", $"Đơn vị cấp trên “{parentCode}” {OutOfScope}.");
        }

        if (code is null || r.Errors.Count > before || !c.FirstTime("unit:" + code, r.Row.RowNumber, r, "mã đơn vị"))
        {
            return;
        }

        if (c.Units.TryGetValue(code, out var unit))
        {
            if (unit.ParentId != parent!.Id && !ReferenceEquals(unit.Parent, parent))
            {
                r.Error("parent", $"Đơn vị “{code}” đang thuộc đơn vị khác: hãy dùng chức năng chuyển đơn vị trên trang đơn vị.");
                return;
            }

            var changed = unit.Name != name!.Trim().Normalize(System.Text.NormalizationForm.FormC);
            if (changed)
            {
                unit.Rename(name);
            }

            counts.Count(false, changed);
            return;
        }

        if (c.UnitCodesAnywhere.Contains(code))
        {
            r.Error("code", $"Mã đơn vị “{code}” đã được dùng cho một đơn vị khác.");
            return;
        }

        unit = new OrgUnit(code, name!, kind!.Value, parent, from);
        db.Units.Add(unit);
        c.Units[code] = unit;
        counts.Count(true, true);
    }

    private void ApplyPerson(ImportContext c, RowReader r, Counts counts)
    {
        var before = r.Errors.Count;
        var code = r.Text("code", 32)?.ToUpperInvariant();
        var name = r.Text("name", 200);
        var gender = ParseGender(r);
        var birth = r.Date("birth");
        var unitCode = r.Text("unit", 32);
        var position = r.Text("position", 200) ?? string.Empty;
        var leadership = r.Has("leadership") ? r.Name<LeadershipLevel>("leadership", LeadershipLevelNames.Vietnamese) : LeadershipLevel.NONE;
        var recruited = r.Date("recruited");
        var nationalId = r.Text("nationalId", 20);
        OrgUnit? unit = null;
        if (unitCode is not null && !c.Units.TryGetValue(unitCode, out unit))
        {
            r.Error("unit", $"Đơn vị “{unitCode}” {OutOfScope}.");
        }
        else if (unit is { ValidTo: not null })
        {
            r.Error("unit", $"Đơn vị “{unitCode}” đã ngừng hoạt động.");
        }

        if (code is null || name is null || gender is null || unit is null || leadership is null || r.Errors.Count > before)
        {
            return;
        }

        foreach (var e in PersonRules.Validate(new PersonInput(code, name, gender.Value, birth, unit.Id, position, leadership.Value, recruited, nationalId), Today))
        {
            r.Error(e.Field switch { "Code" => "code", "FullName" => "name", "BirthDate" => "birth", "RecruitedOn" => "recruited", "NationalId" => "nationalId", _ => "position" }, e.Message);
        }

        if (r.Errors.Count > before || !c.FirstTime("person:" + code, r.Row.RowNumber, r, "mã công chức")
            || (nationalId is not null && !c.FirstTime("nid:" + nationalId, r.Row.RowNumber, r, "số định danh cá nhân")))
        {
            return;
        }

        c.People.TryGetValue(code, out var person);
        if (nationalId is not null && c.NationalIds.TryGetValue(nationalId, out var owner) && owner != (person?.Id ?? -1))
        {
            r.Error("nationalId", "Số định danh cá nhân này đã thuộc về một người khác.");
            return;
        }

        if (person is null)
        {
            if (c.PersonCodesAnywhere.Contains(code))
            {
                r.Error("code", $"Mã công chức “{code}” đã được dùng cho một người khác.");
                return;
            }

            person = new Person(code, name, gender.Value, birth, unit, position, leadership.Value, recruited);
            person.SetDetails(gender.Value, birth, recruited, nationalId);
            db.People.Add(person);
            c.People[code] = person;
            c.NewPeople.Add(person);
            counts.Count(true, true);
            return;
        }

        if (person.UnitId != unit.Id)
        {
            r.Error("unit", $"Công chức “{code}” đang ở đơn vị khác: hãy điều chuyển trong hồ sơ (có ngày điều chuyển) rồi nhập lại.");
            return;
        }

        var folded = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Normalize(System.Text.NormalizationForm.FormC);
        var changed = person.FullName != folded || person.Gender != gender || person.BirthDate != birth || person.Position != position.Trim()
            || person.Leadership != leadership || person.RecruitedOn != recruited || person.NationalId != nationalId;
        if (changed)
        {
            person.SetName(name);
            person.SetDetails(gender.Value, birth, recruited, nationalId);
            person.SetPosition(position, leadership.Value);
        }

        counts.Count(false, changed);
    }

    private static Gender? ParseGender(RowReader r)
    {
        var text = r.Text("gender", 10);
        return SearchText.Fold(text) switch
        {
            "" => null,
            "nam" or "m" or "male" => Gender.M,
            "nu" or "f" or "female" => Gender.F,
            _ => Fail(),
        };

        Gender? Fail()
        {
            r.Error("gender", $"“{text}”: giới tính phải là Nam hoặc Nữ (M/F).");
            return null;
        }
    }

    private static Person? FindPerson(ImportContext c, RowReader r, string key = "person")
    {
        var code = r.Text(key, 32);
        if (code is null)
        {
            return null;
        }

        if (c.People.TryGetValue(code, out var person))
        {
            return person;
        }

        r.Error(key, $"Công chức “{code}” {OutOfScope}.");
        return null;
    }

    private int? Year(RowReader r) => r.Int("year", RecordRules.FirstYear, Today.Year + 1);

    private void ApplyRating(ImportContext c, RowReader r, Counts counts)
    {
        var before = r.Errors.Count;
        var person = FindPerson(c, r);
        var year = Year(r);
        var rating = r.Code<Rating>("rating", CodeNames.Of);
        if (person is null || year is null || rating is null || r.Errors.Count > before
            || !c.FirstTime($"{person.Id}:{year}", r.Row.RowNumber, r, "công chức và năm"))
        {
            return;
        }

        if (c.Ratings.TryGetValue((person.Id, year.Value), out var existing))
        {
            var changed = existing.Rating != rating;
            if (changed)
            {
                existing.Change(rating.Value);
            }

            counts.Count(false, changed);
            return;
        }

        db.PersonRatings.Add(new PersonRating(person.Id, year.Value, rating.Value));
        counts.Count(true, true);
    }

    private void ApplyLeave(ImportContext c, RowReader r, Counts counts)
    {
        var before = r.Errors.Count;
        var person = FindPerson(c, r);
        var year = Year(r);
        var reason = r.Code<LeaveReason>("reason", CodeNames.Of);
        var days = r.Int("days", 1, RecordRules.MaxLeaveDays);
        if (person is null || year is null || reason is null || days is null || r.Errors.Count > before
            || !c.FirstTime($"{person.Id}:{year}:{reason}", r.Row.RowNumber, r, "công chức, năm và lý do nghỉ"))
        {
            return;
        }

        if (c.Leave.TryGetValue((person.Id, year.Value, reason.Value), out var existing))
        {
            var changed = existing.WorkingDays != days;
            if (changed)
            {
                existing.Change(days.Value);
            }

            counts.Count(false, changed);
            return;
        }

        db.LeaveRecords.Add(new LeaveRecord(person.Id, year.Value, reason.Value, days.Value));
        counts.Count(true, true);
    }

    private void ApplyDiscipline(ImportContext c, RowReader r, Counts counts)
    {
        var before = r.Errors.Count;
        var person = FindPerson(c, r);
        var level = r.Code<DisciplineLevel>("level", CodeNames.Of);
        var decided = r.Date("decided");
        var ends = r.Date("ends");
        var reference = r.Text("ref", 100);
        if (decided is DateOnly d)
        {
            if (RecordRules.NotFuture(d, Today, "decided", "Ngày quyết định") is { } future)
            {
                r.Error("decided", future.Message);
            }

            if (RecordRules.Period(d, ends, "ends", "Ngày hết thời hạn") is { } period)
            {
                r.Error("ends", period.Message);
            }
        }

        if (person is null || level is null || decided is null || r.Errors.Count > before
            || !c.FirstTime($"{person.Id}:{decided}:{level}", r.Row.RowNumber, r, "kỷ luật (công chức, ngày, hình thức)"))
        {
            return;
        }

        var normalisedRef = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        if (c.Discipline.TryGetValue((person.Id, decided.Value, level.Value), out var existing))
        {
            var changed = existing.EndsOn != ends || existing.DecisionRef != normalisedRef;
            if (changed)
            {
                existing.Change(ends, reference);
            }

            counts.Count(false, changed);
            return;
        }

        db.DisciplineRecords.Add(new DisciplineRecord(person.Id, level.Value, decided.Value, ends, reference));
        counts.Count(true, true);
    }

    private void ApplyPending(ImportContext c, RowReader r, Counts counts)
    {
        var before = r.Errors.Count;
        var person = FindPerson(c, r);
        var kind = r.Code<PendingKind>("kind", CodeNames.Of);
        var opened = r.Date("opened");
        var closed = r.Date("closed");
        var note = r.Text("note", 500);
        if (opened is DateOnly o && RecordRules.Period(o, closed, "closed", "Ngày kết thúc") is { } period)
        {
            r.Error("closed", period.Message);
        }

        if (person is null || kind is null || opened is null || r.Errors.Count > before
            || !c.FirstTime($"{person.Id}:{kind}:{opened}", r.Row.RowNumber, r, "vụ việc (công chức, loại, ngày)"))
        {
            return;
        }

        if (c.Pending.TryGetValue((person.Id, kind.Value, opened.Value), out var existing))
        {
            var changed = existing.ClosedOn != closed || existing.Note != note;
            if (changed)
            {
                existing.Change(closed, note);
            }

            counts.Count(false, changed);
            return;
        }

        db.PendingCases.Add(new PendingCase(person.Id, kind.Value, opened.Value, closed, note));
        counts.Count(true, true);
    }

    private void ApplyInitiative(ImportContext c, RowReader r, Counts counts)
    {
        var before = r.Errors.Count;
        var title = r.Text("title", 500)?.Normalize(System.Text.NormalizationForm.FormC);
        var scope = r.Code<InitiativeScope>("scope", CodeNames.Of);
        var by = r.Text("by");
        var number = r.Text("number", 100);
        var date = r.Date("date");
        var year = Year(r);
        var authorCodes = (r.Text("authors", 1000) ?? string.Empty).Split([';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var authors = new List<Person>();
        foreach (var code in authorCodes.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (c.People.TryGetValue(code, out var p))
            {
                authors.Add(p);
            }
            else
            {
                r.Error("authors", $"Tác giả “{code}” {OutOfScope}.");
            }
        }

        if (date is DateOnly d && RecordRules.NotFuture(d, Today, "date", "Ngày quyết định") is { } future)
        {
            r.Error("date", future.Message);
        }

        if (title is null || scope is null || by is null || number is null || date is null || year is null || authors.Count == 0 || r.Errors.Count > before
            || !c.FirstTime($"initiative:{number}:{title}", r.Row.RowNumber, r, "sáng kiến (số quyết định và tên)"))
        {
            return;
        }

        if (c.Initiatives.TryGetValue((number, title), out var existing))
        {
            var changed = existing.Scope != scope || existing.RecognisedBy != by.Normalize(System.Text.NormalizationForm.FormC) || existing.DecisionDate != date || existing.Year != year
                || authors.Any(a => existing.Authors.All(x => x.PersonId != a.Id));
            if (changed)
            {
                existing.Change(scope.Value, by, date.Value, year.Value);
                foreach (var a in authors)
                {
                    existing.AddAuthor(a.Id);
                }
            }

            counts.Count(false, changed);
            return;
        }

        var initiative = new Initiative(title, scope.Value, by, number, date.Value, year.Value);
        foreach (var a in authors)
        {
            initiative.AddAuthor(a.Id);
        }

        db.Initiatives.Add(initiative);
        c.Initiatives[(number, title)] = initiative;
        counts.Count(true, true);
    }

    private void ApplyAward(ImportContext c, RowReader r, Counts counts)
    {
        var before = r.Errors.Count;
        Person? person = null;
        OrgUnit? unit = null;
        if (r.Has("person") == r.Has("unit"))
        {
            r.RowError("Điền đúng một trong hai cột “Mã công chức” (khen cá nhân) hoặc “Mã đơn vị” (khen tập thể).");
        }
        else if (r.Has("person"))
        {
            person = FindPerson(c, r);
        }
        else
        {
            var unitCode = r.Text("unit", 32)!;
            if (!c.Units.TryGetValue(unitCode, out unit))
            {
                r.Error("unit", $"Đơn vị “{unitCode}” {OutOfScope}.");
            }
        }

        var code = r.Code<AwardCode>("code", CodeNames.Of);
        var kind = r.Code<AwardKind>("kind", CodeNames.Of);
        var from = r.Int("from", RecordRules.FirstYear, Today.Year);
        var to = r.Int("to", RecordRules.FirstYear, Today.Year);
        var number = r.Text("number", 100);
        var date = r.Date("date");
        var issuer = r.Text("issuer");
        if (code is AwardCode awardCode && (person is not null || unit is not null) && RecordRules.AwardFits(awardCode, person is not null) is { } fit)
        {
            r.Error("code", fit.Message);
        }

        if (RecordRules.AwardPeriod(from, to, Today) is { } period)
        {
            r.Error("to", period.Message);
        }

        if (date is DateOnly d && RecordRules.NotFuture(d, Today, "date", "Ngày quyết định") is { } future)
        {
            r.Error("date", future.Message);
        }

        if ((person is null && unit is null) || code is null || kind is null || number is null || date is null || issuer is null || r.Errors.Count > before
            || !c.FirstTime($"award:{person?.Code}:{unit?.Code}:{code}:{number}", r.Row.RowNumber, r, "khen thưởng (người nhận, danh hiệu, số quyết định)"))
        {
            return;
        }

        var key = (person?.Id, unit?.Id, code.Value, number);
        if (c.Awards.TryGetValue(key, out var existing))
        {
            var changed = existing.Kind != kind || existing.PeriodFrom != from || existing.PeriodTo != (to ?? from) || existing.DecisionDate != date
                || existing.Issuer != issuer.Normalize(System.Text.NormalizationForm.FormC);
            if (changed)
            {
                existing.Change(from, to, date.Value, issuer);
            }

            counts.Count(false, changed);
            return;
        }

        db.AwardRecords.Add(new AwardRecord(person?.Id, unit?.Id, code.Value, kind.Value, from, to, number, date.Value, issuer, AwardSource.HISTORIC));
        counts.Count(true, true);
    }

    private void ApplyUnitRating(ImportContext c, RowReader r, Counts counts)
    {
        var before = r.Errors.Count;
        var unitCode = r.Text("unit", 32);
        OrgUnit? unit = null;
        if (unitCode is not null && !c.Units.TryGetValue(unitCode, out unit))
        {
            r.Error("unit", $"Đơn vị “{unitCode}” {OutOfScope}.");
        }

        var year = Year(r);
        var rating = r.Code<Rating>("rating", CodeNames.Of);
        if (unit is null || year is null || rating is null || r.Errors.Count > before
            || !c.FirstTime($"unit-rating:{unit.Code}:{year}", r.Row.RowNumber, r, "đơn vị và năm"))
        {
            return;
        }

        if (c.UnitRatings.TryGetValue((unit.Id, year.Value), out var existing))
        {
            var changed = existing.Rating != rating;
            if (changed)
            {
                existing.Change(rating.Value);
            }

            counts.Count(false, changed);
            return;
        }

        db.UnitRatings.Add(new UnitRating(unit.Id, year.Value, rating.Value));
        counts.Count(true, true);
    }
}
