-- parseTimeOrError with no parse: the error (and the installed package's
-- call stack) on stderr, exit code 1.
import Data.Time

main :: IO ()
main = do
  print (parseTimeOrError True defaultTimeLocale "%Y-%m-%d" "2010-03-04" :: Day)
  print (parseTimeOrError True defaultTimeLocale "%Y-%m-%d" "2010-02-30" :: Day)
