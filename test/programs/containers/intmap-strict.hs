import qualified Data.IntMap.Lazy as IL
import qualified Data.IntMap.Strict as IS
import qualified Data.IntSet as Set
import Control.Exception

try' :: String -> a -> IO ()
try' label x = do
  r <- try (evaluate x)
  case r of
    Left (ErrorCall msg) -> putStrLn (label ++ ": error " ++ msg)
    Right _ -> putStrLn (label ++ ": ok")

main :: IO ()
main = do
  let base = IL.fromList [(1, 10), (2, 20 :: Int)]
  try' "lazy insert" (IL.insert 3 (error "li") base)
  try' "strict insert" (IS.insert 3 (error "si") base)
  try' "lazy insertWith" (IL.insertWith (\_ _ -> error "liw") 1 0 base)
  try' "strict insertWith" (IS.insertWith (\_ _ -> error "siw") 1 0 base)
  try' "lazy adjust" (IL.adjust (const (error "la")) 2 base)
  try' "strict adjust" (IS.adjust (const (error "sa")) 2 base)
  try' "lazy map" (IL.map (\v -> if v > 10 then error "lm" else v) base)
  try' "strict map" (IS.map (\v -> if v > 10 then error "sm" else v) base)
  try' "lazy fromList" (IL.fromList [(1, error "lf" :: Int)])
  try' "strict fromList" (IS.fromList [(1, error "sf" :: Int)])
  try' "strict alter" (IS.alter (const (Just (error "sal"))) 9 base)
  try' "lazy alter" (IL.alter (const (Just (error "lal"))) 9 base)
  try' "strict fromListWith" (IS.fromListWith (\_ _ -> error "sflw") [(1, 'a'), (1, 'b')])
  try' "strict unionWith" (IS.unionWith (\_ _ -> error "suw") base base)
  try' "strict singleton" (IS.singleton 1 (error "ss" :: Int))
  try' "strict mapWithKey" (IS.mapWithKey (\k v -> if k == 2 then error "smk" else v) base)
  try' "strict update" (IS.update (const (Just (error "sup"))) 1 base)
  print (IS.insertWith (+) 1 5 base, IS.adjust (* 3) 2 base, IS.alter (fmap (+ 1)) 1 base)
  print (IS.fromListWith (+) [(k `mod` 4, k) | k <- [1 .. 20]], IS.unionsWith (+) [base, base, base])
  print (IS.mapAccum (\a v -> (a + v, a)) 0 base, IS.mapAccumRWithKey (\a k v -> (a + k, v + a)) 0 base)
  print (IS.mapMaybe (\v -> if v > 15 then Just (v * 2) else Nothing) base, IS.mapEither (\v -> if v > 15 then Left v else Right v) base)
  print (IS.fromSet (* 2) (Set.fromList [3, 1, 2]), IS.findWithDefault 0 7 base, IS.insertLookupWithKey (\_ a b -> a + b) 1 1 base)
  print (IS.updateLookupWithKey (\_ _ -> Nothing) 1 base, IS.intersectionWith (,) base (IL.fromList [(2, 'x')]), IS.differenceWith (\a b -> Just (a - b)) base base)
  print (IL.foldrWithKey (\k v acc -> (k, v) : acc) [] (IL.fromList [(-5, 'a'), (3, 'b'), (-1, 'c'), (0, 'd')]))
  print (IL.foldlWithKey (\acc k v -> (k, v) : acc) [] (IL.fromList [(-5, 'a'), (3, 'b'), (-1, 'c'), (0, 'd')]))
  print (IL.elems (IL.fromList [(k, k) | k <- [10, -10, 5, -5, 0]]), IL.keys (IL.fromList [(minBound, ()), (maxBound, ()), (0, ())]))
