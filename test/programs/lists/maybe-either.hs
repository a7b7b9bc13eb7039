import Data.Maybe
import Data.Either

main :: IO ()
main = do
  let ms = [Just 1, Nothing, Just 3, Nothing :: Maybe Int]
      es = [Left 'a', Right 1, Right 2, Left 'b', Right (3 :: Int)]
  print (maybe 0 (+ 1) (Just 5 :: Maybe Int), maybe 0 (+ 1) Nothing, fromMaybe 'd' Nothing, fromMaybe 'd' (Just 'j'))
  print (isJust (Just ()), isJust (Nothing :: Maybe ()), isNothing (Just ()), isNothing (Nothing :: Maybe ()))
  print (fromJust (Just 'x'), listToMaybe [1, 2 :: Int], listToMaybe ([] :: [Int]), maybeToList (Just 'q'), maybeToList (Nothing :: Maybe Char))
  print (catMaybes ms, mapMaybe (\x -> if x > 1 then Just (x * 2) else Nothing) [1, 2, 3 :: Int], take 3 (catMaybes (cycle ms)))
  print (either show (map succ) (Left 3 :: Either Int String), either show (map succ) (Right "ab" :: Either Int String))
  print (lefts es, rights es, partitionEithers es, isLeft (Left 1 :: Either Int ()), isRight (Left 1 :: Either Int ()))
  print (fromLeft 'z' (Left 'a' :: Either Char Int), fromLeft 'z' (Right 3 :: Either Char Int), fromRight 0 (Right 3 :: Either Char Int), fromRight 0 (Left 'a' :: Either Char Int))
  print (Just 3 == Just (3 :: Int), Nothing < Just (0 :: Int), compare (Just 2) (Just (1 :: Int)), max Nothing (Just 'a'))
  print (Left 1 < (Right 'a' :: Either Int Char), compare (Right 2) (Right 3 :: Either () Int), Left 'x' == (Left 'x' :: Either Char ()))
  print (show (Just (-3 :: Int)), show (Just (Just Nothing :: Maybe (Maybe Int))), showsPrec 11 (Left 5 :: Either Int Int) "", show [Right 'x', Left (2 :: Int)])
  print (fmap (+ 1) (Just 1 :: Maybe Int), fmap (+ 1) (Left 'e' :: Either Char Int), (+ 1) <$> (Right 1 :: Either Char Int))
  print (Just (+ 3) <*> Just (4 :: Int), pure 7 :: Either String Int, (Left "e1" :: Either String (Int -> Int)) <*> Left "e2")
  print (Just 4 >>= \x -> if x > (3 :: Int) then Just x else Nothing, Right 2 >>= (\x -> Left (show (x :: Int))) :: Either String Int)
  print (Just [1 :: Int] <> Nothing <> Just [2], (Nothing :: Maybe String) <> Nothing, mempty :: Maybe [Int])
  print (Left 1 <> (Right 'a' :: Either Int Char), Right 'b' <> (Right 'a' :: Either Int Char), Left 1 <> (Left 2 :: Either Int Char))
  print (sequence [Right 1, Left "bad", Left "worse" :: Either String Int], traverse (\x -> if x > 0 then Right x else Left x) [3, 2, 1 :: Int])
  print (mapM (\x -> if x > 0 then Just x else Nothing) [1, 2, 3 :: Int], zip (catMaybes ms) (rights es))
  print (do { a <- Just 1; b <- Just (2 :: Int); return (a + b) }, [x | Just x <- ms])
  print (maybe "none" show (lookup 2 [(1, "a"), (2 :: Int, "b")]), either length negate (Left "abc" :: Either String Int))
