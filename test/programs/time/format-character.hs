-- formatCharacter of each FormatTime instance called directly (Data.Time.Format.Internal):
-- which specifiers each type knows, with and without E. At -O1 GHC inlines the
-- instances' method here and names their formatters.
import Data.Maybe (isJust)
import Data.Time
import Data.Time.Format.Internal

known :: FormatTime t => t -> Bool -> String
known t e = [c | c <- ['!' .. '~'], isJust (formatCharacter e c `asFor` t)]
  where
    asFor :: Maybe (a -> t -> String) -> t -> Maybe (a -> t -> String)
    asFor m _ = m

main :: IO ()
main = mapM_ (\e -> do
  putStrLn (known Monday e)
  putStrLn (known (0 :: DiffTime) e)
  putStrLn (known (0 :: NominalDiffTime) e)
  putStrLn (known (CalendarDiffDays 1 2) e)
  putStrLn (known (CalendarDiffTime 1 2) e)
  putStrLn (known utc e)
  putStrLn (known midnight e)
  putStrLn (known (fromGregorian 2021 1 3) e)
  putStrLn (known (UTCTime (fromGregorian 2021 1 3) 0) e)
  putStrLn (known (LocalTime (fromGregorian 2021 1 3) midnight) e)
  putStrLn (known (ZonedTime (LocalTime (fromGregorian 2021 1 3) midnight) utc) e)
  putStrLn (known (TimeOfDay 1 2 3) e)) [False, True]
