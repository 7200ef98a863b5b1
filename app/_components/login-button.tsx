import { logInd } from "@/app/actions/auth";

export function LoginButton({ returnTo = "/" }: { returnTo?: string }) {
  return (
    <form action={logInd}>
      <input type="hidden" name="til" value={returnTo} />
      <button type="submit" className="button button-primary">
        Log ind med MitID
      </button>
    </form>
  );
}
