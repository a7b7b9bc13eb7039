import qualified Data.Map as ML
import qualified Data.Map.Strict as MS
import Control.Exception

try' :: String -> a -> IO ()
try' label x = do
  r <- try (evaluate x)
  case r of
    Left (ErrorCall msg) -> putStrLn (label ++ ": error " ++ msg)
    Right _ -> putStrLn (label ++ ": ok")

main :: IO ()
main = do
  let lazyM = ML.insert 1 (error "boom lazy") (ML.fromList [(2, 20 :: Int)])
  try' "lazy insert" lazyM
  print (ML.size lazyM, ML.keys lazyM, lazyM ML.! 2)
  try' "strict insert" (MS.insert 1 (error "boom strict") (MS.fromList [(2, 20 :: Int)]))
  try' "lazy fromList" (ML.fromList [(1, undefined :: Int)])
  try' "strict fromList" (MS.fromList [(1, error "fl" :: Int)])
  try' "lazy insertWith" (ML.insertWith (\_ _ -> error "iw") 2 0 (ML.fromList [(2, 20 :: Int)]))
  try' "strict insertWith" (MS.insertWith (\_ _ -> error "siw") 2 0 (MS.fromList [(2, 20 :: Int)]))
  try' "lazy map" (ML.map (\x -> if x > 1 then error "lm" else x) (ML.fromList [(1, 1), (2, 2 :: Int)]))
  try' "strict map" (MS.map (\x -> if x > 1 then error "sm" else x) (MS.fromList [(1, 1), (2, 2 :: Int)]))
  try' "lazy adjust" (ML.adjust (const (error "la")) 1 (ML.fromList [(1, 'a')]))
  try' "strict adjust" (MS.adjust (const (error "sa")) 1 (MS.fromList [(1, 'a')]))
  try' "lazy alter" (ML.alter (const (Just (error "lal"))) 5 (ML.fromList [(1, 'a')]))
  try' "strict alter" (MS.alter (const (Just (error "sal"))) 5 (MS.fromList [(1, 'a')]))
  try' "lazy unionWith" (ML.unionWith (\_ _ -> error "lu") (ML.fromList [(1, 'a')]) (ML.fromList [(1, 'b')]))
  try' "strict unionWith" (MS.unionWith (\_ _ -> error "su") (MS.fromList [(1, 'a')]) (MS.fromList [(1, 'b')]))
  try' "strict fromListWith" (MS.fromListWith (\_ _ -> error "sflw") [(1, 'a'), (1, 'b')])
  try' "lazy fromListWith" (ML.fromListWith (\_ _ -> error "lflw") [(1, 'a'), (1, 'b')])
  try' "strict singleton" (MS.singleton 'k' (error "ss" :: Int))
  try' "lazy singleton" (ML.singleton 'k' (error "ls" :: Int))
  try' "strict mapWithKey" (MS.mapWithKey (\k v -> if k == 2 then error "smwk" else v) (MS.fromList [(1, 'a'), (2, 'b')]))
  try' "strict fromAscList" (MS.fromAscList [(1, 'a'), (2, error "sfal")])
  try' "strict update" (MS.update (\_ -> Just (error "su2")) 1 (MS.fromList [(1, 'a')]))
  try' "lazy key undefined" (ML.insert (undefined :: Int) 'a' ML.empty)
  -- word frequency with strict insertWith
  let ws = words "the cat and the hat and the bat"
      freq = foldr (\w m -> MS.insertWith (+) w (1 :: Int) m) MS.empty ws
  print freq
  print (MS.toList (MS.fromListWith (++) [(length w, [w]) | w <- ws]))
  print (MS.foldrWithKey (\k v acc -> k ++ "=" ++ show v ++ ";" ++ acc) "" freq)
  print (MS.mapAccum (\a v -> (a + v, a)) 0 freq)
  print (MS.insertLookupWithKey (\_ n o -> n + o) "the" 10 freq)
  print (MS.updateLookupWithKey (\_ _ -> Nothing) "cat" freq)
  print (ML.updateLookupWithKey (\_ v -> Just (v * 100)) "and" freq)
  print (MS.fromDescList [(3,'c'),(2,'b'),(2,'x'),(1,'a')], ML.fromDescListWith (++) [(3,"c"),(2,"b"),(2,"x"),(2,"y")])
  print (ML.fromAscListWith (++) [(1,"a"),(1,"b"),(1,"c"),(2,"d")])
  print (MS.mapEither (\v -> if even v then Left v else Right (show v)) (MS.fromList (zip "abcde" [1 :: Int ..])))
  print (MS.differenceWith (\a b -> if b then Just (a * 10) else Nothing) (MS.fromList [(1, 1), (2, 2), (3, 3 :: Int)]) (MS.fromList [(1, True), (2, False)]))
  print (MS.intersectionWithKey (\k a b -> k + a + b) (MS.fromList [(1, 1), (2, 2 :: Int)]) (MS.fromList [(2, 20), (3, 30)]))
