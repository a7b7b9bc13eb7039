import qualified Data.Map.Strict as M
import qualified Data.Set as S
import Data.Maybe (fromMaybe)

type Graph = M.Map String [String]

edges :: [(String, String)]
edges = [("a","b"),("a","c"),("b","d"),("c","d"),("d","e"),("e","f"),("c","g"),("g","f"),("h","i")]

mkGraph :: [(String, String)] -> Graph
mkGraph es = M.fromListWith (++) ([(x, [y]) | (x, y) <- es] ++ [(y, [x]) | (x, y) <- es])

bfs :: Graph -> String -> M.Map String Int
bfs g s = go (M.singleton s 0) [s]
  where
    go dist [] = dist
    go dist (v : queue) =
      let d = dist M.! v
          ns = [n | n <- fromMaybe [] (M.lookup v g), not (M.member n dist)]
          dist' = foldl (\m n -> M.insert n (d + 1) m) dist ns
      in go dist' (queue ++ ns)

components :: Graph -> [S.Set String]
components g = go (M.keysSet g)
  where
    go unseen = case S.minView unseen of
      Nothing -> []
      Just (v, _) ->
        let comp = M.keysSet (bfs g v)
        in comp : go (unseen `S.difference` comp)

dijkstra :: M.Map Int [(Int, Int)] -> Int -> M.Map Int Int
dijkstra g src = go (S.singleton (0, src)) (M.singleton src 0)
  where
    go frontier dist = case S.minView frontier of
      Nothing -> dist
      Just ((d, u), rest)
        | d > M.findWithDefault maxBound u dist -> go rest dist
        | otherwise ->
            let relax (fr, ds) (v, w) =
                  let nd = d + w
                  in if nd < M.findWithDefault maxBound v ds then (S.insert (nd, v) fr, M.insert v nd ds) else (fr, ds)
                (fr', ds') = foldl relax (rest, dist) (M.findWithDefault [] u g)
            in go fr' ds'

main :: IO ()
main = do
  let g = mkGraph edges
  print g
  print (bfs g "a")
  print (M.toList (M.map length g))
  print (components g)
  let wg = M.fromList [(1, [(2, 7), (3, 9), (6, 14)]), (2, [(1, 7), (3, 10), (4, 15)]), (3, [(1, 9), (2, 10), (4, 11), (6, 2)]), (4, [(2, 15), (3, 11), (5, 6)]), (5, [(4, 6), (6, 9)]), (6, [(1, 14), (3, 2), (5, 9)])]
  print (dijkstra wg 1)
  print (M.foldrWithKey (\k v acc -> k + v + acc) 0 (dijkstra wg 1))
  let reach = M.fromList [(v, M.keysSet (bfs g v)) | v <- M.keys g]
  print (M.filter ((> 5) . S.size) reach)
  print (M.lookupMin reach, fmap S.toList (M.lookup "h" reach))
