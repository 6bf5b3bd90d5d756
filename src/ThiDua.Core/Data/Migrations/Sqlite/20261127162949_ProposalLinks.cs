using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProposalLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "FK_AwardDecisionLines_Proposals_ProposalId",
                table: "AwardDecisionLines",
                column: "ProposalId",
                principalTable: "Proposals",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CouncilCandidates_Proposals_ProposalId",
                table: "CouncilCandidates",
                column: "ProposalId",
                principalTable: "Proposals",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AwardDecisionLines_Proposals_ProposalId",
                table: "AwardDecisionLines");

            migrationBuilder.DropForeignKey(
                name: "FK_CouncilCandidates_Proposals_ProposalId",
                table: "CouncilCandidates");
        }
    }
}
