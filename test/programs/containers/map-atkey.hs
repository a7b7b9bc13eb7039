-- Data.Map.Internal's atKeyImpl and atKeyPlain (alterF's implementation,
-- exported by containers' internal module): Lazy keeps the new value
-- unevaluated, Strict forces it before it goes in the map.
import Control.Exception (ErrorCall (..), evaluate, try)
import Data.Functor.Identity (Identity (..))
import qualified Data.Map as M
import Data.Map.Internal (AreWeStrict (..), atKeyImpl, atKeyPlain)

bump :: Maybe Int -> Maybe Int
bump Nothing = Just 1
bump (Just n) = if n >= 3 then Nothing else Just (n + 1)

main :: IO ()
main = do
  let m = M.fromList [(k, k * 10) | k <- [1 .. 6 :: Int]]
  print (atKeyPlain Lazy 3 bump (M.fromList [(3, 3)]))
  print (atKeyPlain Strict 4 bump m)
  print (atKeyPlain Lazy 9 bump m)
  print (atKeyPlain Strict 2 (const Nothing) m)
  -- the functor's effects: the old value, and Nothing to keep the map
  print (atKeyImpl Lazy 5 (\old -> (old, fmap (+ 1) old)) m)
  print (atKeyImpl Strict 7 (\old -> [Nothing, Just 70, old]) m)
  print (runIdentity (atKeyImpl Lazy 1 (Identity . fmap negate) m))
  print (atKeyImpl Strict 6 (const Nothing :: Maybe Int -> Maybe (Maybe Int)) m)
  -- strictness: an undefined new value
  let lazyMap = atKeyPlain Lazy 8 (const (Just undefined)) m
  print (M.size lazyMap, M.keys lazyMap)
  r <- try (evaluate (atKeyPlain Strict 8 (const (Just (error "forced"))) m))
  putStrLn (either (\(ErrorCall e) -> "error: " ++ e) (show . M.size) r)
  r2 <- try (evaluate (runIdentity (atKeyImpl Lazy 2 (const (Identity (Just (error "lazy")))) m)))
  putStrLn (either (\(ErrorCall e) -> "error: " ++ e) (show . M.size) r2)
