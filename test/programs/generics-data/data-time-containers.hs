-- The Data instances of time's types (Day, UTCTime, DiffTime, TimeOfDay,
-- LocalTime, TimeZone, ZonedTime, ...) and of containers' SCC, ViewL and
-- ViewR: constructor tables, generic queries, maps, gunfold and gmapM.
import Data.Data
import Data.Time
import Data.Time.Clock.TAI (AbsoluteTime, taiEpoch, addAbsoluteTime)
import Data.Graph (SCC (..))
import Data.Sequence (ViewL (..), ViewR (..), fromList, viewl, viewr)

info :: Data a => a -> String
info x =
  let c = toConstr x
      d = dataTypeOf x
   in unwords
        [ show c, dataTypeName d, show (constrFields c), show (constrFixity c)
        , show (constrIndex c), show (dataTypeConstrs d)
        , show (gmapQ (\f -> show (typeOf f)) x) ]

-- every Integer, one more
bumpI :: Data a => a -> a
bumpI x = case cast x of
  Just n -> maybe x id (cast (n + 1 :: Integer))
  Nothing -> gmapT bumpI x

ints :: Data a => a -> [Int]
ints x = maybe (concat (gmapQ ints x)) (: []) (cast x)

main :: IO ()
main = do
  let day = fromGregorian 2024 2 29
      tod = TimeOfDay 13 45 30.25
      lt = LocalTime day tod
      tz = TimeZone 60 True "CET"
      zt = ZonedTime lt tz
      utc = UTCTime day 3600
  putStrLn (info day)
  putStrLn (info utc)
  putStrLn (info (3.5 :: DiffTime))
  putStrLn (info (90 :: NominalDiffTime))
  putStrLn (info tod)
  putStrLn (info lt)
  putStrLn (info tz)
  putStrLn (info zt)
  putStrLn (info (ModJulianDate 5))
  putStrLn (info (CalendarDiffDays 2 3))
  putStrLn (info (CalendarDiffTime 1 60))
  putStrLn (info (addAbsoluteTime 10 taiEpoch))
  print (bumpI day, bumpI (CalendarDiffDays 2 3), ints tz, ints tod, ints lt)
  print (gmapT id utc, gmapT id zt)
  print (gmapQ (\f -> show (typeOf f)) (3.5 :: DiffTime), gmapQ (\f -> show (typeOf f)) (1.5 :: NominalDiffTime))
  print (fromConstrB (fromConstr (toConstr (59000 :: Integer))) (toConstr day) :: Day)
  print (gmapM (\d -> Just d) tz, gmapM (\d -> [d]) tod)
  print (fmap timeZoneMinutes (gmapMo (\d -> fmap (\n -> maybe d id (cast (n * 2 :: Int))) (cast d)) tz))
  print (gmapMp (\d -> fmap (\n -> maybe d id (cast (n * 2 :: Int))) (cast d)) tod)
  print (gmapMo (\d -> fmap (const d) (cast d :: Maybe Day)) utc, gmapMp (\d -> fmap (const d) (cast d :: Maybe Day)) lt)
  print (gmapMo (\d -> fmap (const d) (cast d :: Maybe TimeZone)) zt, gmapMp (\d -> fmap (const d) (cast d :: Maybe Integer)) (CalendarDiffTime 1 60))
  print (gmapQi 2 (\d -> show (typeOf d)) tz, gmapQi 1 (\d -> show (typeOf d)) zt, gmapQl (flip (:)) [] (\d -> show (typeOf d)) tod, gmapQr (:) [] (\d -> show (typeOf d)) utc)
  print (readConstr (dataTypeOf tz) "TimeZone", maxConstrIndex (dataTypeOf lt))
  -- containers
  putStrLn (info (AcyclicSCC 'a'))
  putStrLn (info (CyclicSCC "bc"))
  putStrLn (info (viewl (fromList [1, 2, 3 :: Int])))
  putStrLn (info (viewl (fromList ([] :: [Int]))))
  putStrLn (info (viewr (fromList [1, 2, 3 :: Int])))
  putStrLn (info (viewr (fromList ([] :: [Int]))))
  print (ints (CyclicSCC [1, 2, 3 :: Int]), ints (viewl (fromList [4, 5 :: Int])), ints (viewr (fromList [6, 7 :: Int])))
  print (fromConstr (toConstr (EmptyL :: ViewL Int)) :: ViewL Int, fromConstr (toConstr (EmptyR :: ViewR Int)) :: ViewR Int)
  print (fromConstrB (fromConstr (toConstr 'z')) (toConstr (AcyclicSCC 'a')) :: SCC Char)
  print (gmapM (\d -> Just d) (CyclicSCC "xy"), gmapQi 0 (\d -> show (typeOf d)) (viewl (fromList "ab")), gmapQi 1 (\d -> show (typeOf d)) (viewr (fromList "ab")))
  print (typeOf (AcyclicSCC 'a'), typeOf (viewl (fromList "a")), typeOf (viewr (fromList "a")))
