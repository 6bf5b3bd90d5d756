using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PeopleRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Leadership",
                table: "People",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            // Existing people: leaders become division-level leaders until an officer sets the exact level.
            migrationBuilder.Sql("UPDATE \"People\" SET \"Leadership\" = CASE WHEN \"IsLeader\" = 1 THEN 'DIVISION' ELSE 'NONE' END;");

            migrationBuilder.AddColumn<string>(
                name: "NationalId",
                table: "People",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AwardRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PeriodFrom = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodTo = table.Column<int>(type: "INTEGER", nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardRecords_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardRecords_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Clusters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    OwnerUnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clusters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Clusters_Units_OwnerUnitId",
                        column: x => x.OwnerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DisciplineRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionRef = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisciplineRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisciplineRecords_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Initiatives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecognisedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Initiatives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LeaveRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WorkingDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeaveRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LeaveRecords_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PendingCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PendingCases_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Leadership = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonAssignments_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PersonAssignments_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PersonRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonRatings_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitRatings_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitSuccessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PredecessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    SuccessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    FormerParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    DecisionRef = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitSuccessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitSuccessions_Units_FormerParentId",
                        column: x => x.FormerParentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitSuccessions_Units_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitSuccessions_Units_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClusterMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ClusterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    RotationOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClusterMembers_Clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "Clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClusterMembers_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InitiativeAuthors",
                columns: table => new
                {
                    InitiativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiativeAuthors", x => new { x.InitiativeId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_InitiativeAuthors_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InitiativeAuthors_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_People_NationalId",
                table: "People",
                column: "NationalId",
                unique: true,
                filter: "\"NationalId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_PersonId_Code_DecisionNumber",
                table: "AwardRecords",
                columns: new[] { "PersonId", "Code", "DecisionNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_UnitId_Code_DecisionNumber",
                table: "AwardRecords",
                columns: new[] { "UnitId", "Code", "DecisionNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_ClusterMembers_ClusterId_Year_UnitId",
                table: "ClusterMembers",
                columns: new[] { "ClusterId", "Year", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClusterMembers_UnitId_Year",
                table: "ClusterMembers",
                columns: new[] { "UnitId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_Clusters_Code",
                table: "Clusters",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Clusters_OwnerUnitId",
                table: "Clusters",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineRecords_PersonId_DecidedOn_Level",
                table: "DisciplineRecords",
                columns: new[] { "PersonId", "DecidedOn", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InitiativeAuthors_PersonId",
                table: "InitiativeAuthors",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatives_DecisionNumber_Title",
                table: "Initiatives",
                columns: new[] { "DecisionNumber", "Title" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LeaveRecords_PersonId_Year_Reason",
                table: "LeaveRecords",
                columns: new[] { "PersonId", "Year", "Reason" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PendingCases_PersonId_Kind_OpenedOn",
                table: "PendingCases",
                columns: new[] { "PersonId", "Kind", "OpenedOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonAssignments_PersonId_From",
                table: "PersonAssignments",
                columns: new[] { "PersonId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonAssignments_UnitId",
                table: "PersonAssignments",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonRatings_PersonId_Year",
                table: "PersonRatings",
                columns: new[] { "PersonId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitRatings_UnitId_Year",
                table: "UnitRatings",
                columns: new[] { "UnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitSuccessions_FormerParentId",
                table: "UnitSuccessions",
                column: "FormerParentId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitSuccessions_PredecessorId_SuccessorId",
                table: "UnitSuccessions",
                columns: new[] { "PredecessorId", "SuccessorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitSuccessions_SuccessorId",
                table: "UnitSuccessions",
                column: "SuccessorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AwardRecords");

            migrationBuilder.DropTable(
                name: "ClusterMembers");

            migrationBuilder.DropTable(
                name: "DisciplineRecords");

            migrationBuilder.DropTable(
                name: "InitiativeAuthors");

            migrationBuilder.DropTable(
                name: "LeaveRecords");

            migrationBuilder.DropTable(
                name: "PendingCases");

            migrationBuilder.DropTable(
                name: "PersonAssignments");

            migrationBuilder.DropTable(
                name: "PersonRatings");

            migrationBuilder.DropTable(
                name: "UnitRatings");

            migrationBuilder.DropTable(
                name: "UnitSuccessions");

            migrationBuilder.DropTable(
                name: "Clusters");

            migrationBuilder.DropTable(
                name: "Initiatives");

            migrationBuilder.DropIndex(
                name: "IX_People_NationalId",
                table: "People");

            migrationBuilder.DropColumn(
                name: "Leadership",
                table: "People");

            migrationBuilder.DropColumn(
                name: "NationalId",
                table: "People");
        }
    }
}
